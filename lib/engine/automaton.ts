/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every key in one pass over the
 * text, whatever the number of keys (issue 3: "Matching must not run one RegExp per pattern over the text").
 *
 * Built for a cheap FIRST build (the content script compiles the pack once at start, in cold, unoptimised
 * code; issue 3 target ≤ 30 ms) and a tight scan loop:
 * - keys are sorted, so the trie is built without any lookup: each key shares its prefix with the previous
 *   one and only appends new nodes;
 * - nodes are then renumbered breadth-first, which puts the children of every node next to each other
 *   with sorted labels (a CSR layout in typed arrays: no Map, no hash table, no per-node object);
 * - the root, visited at almost every character, has a dense 64 Ki table; other nodes (most have one
 *   child) scan their few children linearly, or binary-search when they have many;
 * - a character that occurs in no key sends the scan straight back to the root.
 */

/** Children counts above this are binary-searched: a linear scan over sorted labels (stopping at the first larger one) predicts better and wins below it. */
const LINEAR_MAX = 48;

/**
 * Key indexes in code-unit order of their keys, ties in insertion order. Sorting "key NUL index" strings
 * with the native comparison avoids thousands of calls to a JS comparator in the cold first build. The
 * trie build only needs keys with a common prefix to be adjacent, which a separator keeps true as long as
 * no key contains it; otherwise a comparator sort is used.
 */
function sortedOrder(keys: readonly string[]): number[] {
  const m = keys.length;
  const order = new Array<number>(m);
  if (keys.some((k) => k.includes('\0'))) {
    for (let k = 0; k < m; k++) order[k] = k;
    return order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  }
  // The index as two code units, big-endian: equal keys then sort by index.
  const decorated = keys.map((key, k) => `${key}\0${String.fromCharCode(k >>> 16, k & 0xffff)}`);
  decorated.sort();
  for (let r = 0; r < m; r++) {
    const d = decorated[r]!;
    order[r] = (d.charCodeAt(d.length - 2) << 16) | d.charCodeAt(d.length - 1);
  }
  return order;
}

export class Automaton {
  private keys: string[] = [];
  private ids: number[] = [];
  private built = false;
  private nodes = 1;
  /** Root transitions, dense: unit → child (0 = none, the root loops to itself). */
  private rootNext = new Int32Array(0);
  /** Whether a code unit occurs anywhere in a key (1) or nowhere (0). */
  private alphabet = new Uint8Array(0);
  // Per node (breadth-first ids): the label that leads to it, where its sorted children start and how many.
  private label = new Uint16Array(0);
  private childStart = new Int32Array(0);
  private childCount = new Int32Array(0);
  private fail = new Int32Array(0);
  /** The node whose outputs to report on arriving here: itself, the nearest on its failure chain, or 0. */
  private report = new Int32Array(0);
  /** Next node with outputs on the failure chain of a reporting node (0 = none). */
  private dict = new Int32Array(0);
  /** Outputs (key ids) of node v: outIds[outStart[v] .. outStart[v + 1]). */
  private outStart = new Int32Array(0);
  private outIds = new Int32Array(0);

  /** Adds a key; `scan` reports `id` for each of its occurrences. An empty key is never reported. */
  add(key: string, id: number): void {
    if (this.built) throw new Error('Automaton: add after build');
    this.keys.push(key);
    this.ids.push(id);
  }

  build(): this {
    if (this.built) return this;
    const { keys, ids } = this;
    const m = keys.length;
    let capacity = 1;
    for (let k = 0; k < m; k++) capacity += keys[k]!.length;
    const order = sortedOrder(keys);

    // 1. The trie in depth-first order (temporary ids): first child / next sibling / last child lists.
    const tLabel = new Uint16Array(capacity);
    const tFirst = new Int32Array(capacity);
    const tNext = new Int32Array(capacity);
    const tLast = new Int32Array(capacity);
    const tOutHead = new Int32Array(capacity).fill(-1);
    const outNext = new Int32Array(m);
    const alphabet = new Uint8Array(65536);
    let maxLen = 0;
    for (let k = 0; k < m; k++) if (keys[k]!.length > maxLen) maxLen = keys[k]!.length;
    const path = new Int32Array(maxLen + 1);
    let count = 1;
    let outputs = 0;
    let prev = '';
    for (let r = 0; r < m; r++) {
      const k = order[r]!;
      const key = keys[k]!;
      if (key.length === 0) continue;
      let lcp = 0;
      const lim = Math.min(prev.length, key.length);
      while (lcp < lim && prev.charCodeAt(lcp) === key.charCodeAt(lcp)) lcp++;
      let node = path[lcp]!;
      for (let d = lcp; d < key.length; d++) {
        const u = key.charCodeAt(d);
        alphabet[u] = 1;
        const child = count++;
        tLabel[child] = u;
        if (tLast[node]) tNext[tLast[node]!] = child;
        else tFirst[node] = child;
        tLast[node] = child;
        node = child;
        path[d + 1] = child;
      }
      // Outputs in reverse sorted order on a list; reversed again when laid out below.
      outNext[k] = tOutHead[node]!;
      tOutHead[node] = k;
      outputs++;
      prev = key;
    }

    // 2. Breadth-first renumbering: the children of a node get consecutive ids, in label order.
    const n = count;
    const label = new Uint16Array(n);
    const childStart = new Int32Array(n);
    const childCount = new Int32Array(n);
    const parent = new Int32Array(n);
    const queue = new Int32Array(n); // queue[newId] = temporary id
    const outStart = new Int32Array(n + 1);
    const outIds = new Int32Array(outputs);
    let tail = 1;
    let o = 0;
    for (let v = 0; v < n; v++) {
      const t = queue[v]!;
      outStart[v] = o;
      let w = o;
      for (let k = tOutHead[t]!; k !== -1; k = outNext[k]!) w++;
      const end = w;
      for (let k = tOutHead[t]!; k !== -1; k = outNext[k]!) outIds[--w] = ids[k]!;
      o = end;
      childStart[v] = tail;
      for (let c = tFirst[t]!; c; c = tNext[c]!) {
        queue[tail] = c;
        label[tail] = tLabel[c]!;
        parent[tail] = v;
        tail++;
      }
      childCount[v] = tail - childStart[v]!;
    }
    outStart[n] = o;

    // 3. Failure links and output links, breadth-first (a node's failure target is shallower: done before it).
    const rootNext = new Int32Array(65536);
    for (let c = childStart[0]!, e = c + childCount[0]!; c < e; c++) rootNext[label[c]!] = c;
    this.label = label;
    this.childStart = childStart;
    this.childCount = childCount;
    this.rootNext = rootNext;
    const fail = new Int32Array(n);
    const report = new Int32Array(n);
    const dict = new Int32Array(n);
    for (let v = 1; v < n; v++) {
      const p = parent[v]!;
      let target = 0;
      if (p !== 0) {
        const u = label[v]!;
        let f = fail[p]!;
        for (;;) {
          if (f === 0) {
            target = rootNext[u]!;
            break;
          }
          // The child of f labelled u (inlined: this loop runs once per node, in cold code).
          let lo = childStart[f]!;
          const cnt = childCount[f]!;
          let t = -1;
          if (cnt <= LINEAR_MAX) {
            for (const end = lo + cnt; lo < end; lo++) {
              const l = label[lo]!;
              if (l >= u) {
                if (l === u) t = lo;
                break;
              }
            }
          } else t = this.child(f, u);
          if (t > 0) {
            target = t;
            break;
          }
          f = fail[f]!;
        }
      }
      fail[v] = target;
      const viaFail = report[target]!;
      dict[v] = viaFail;
      report[v] = outStart[v + 1]! > outStart[v]! ? v : viaFail;
    }
    this.fail = fail;
    this.report = report;
    this.dict = dict;
    this.outStart = outStart;
    this.outIds = outIds;
    this.alphabet = alphabet;
    this.nodes = n;
    this.keys = [];
    this.ids = [];
    this.built = true;
    return this;
  }

  /** The child of a non-root node by label, or -1. */
  private child(node: number, u: number): number {
    const cnt = this.childCount[node]!;
    let lo = this.childStart[node]!;
    const label = this.label;
    if (cnt <= LINEAR_MAX) {
      for (const end = lo + cnt; lo < end; lo++) {
        const l = label[lo]!;
        if (l === u) return lo;
        if (l > u) return -1;
      }
      return -1;
    }
    let hi = lo + cnt - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const l = label[mid]!;
      if (l === u) return mid;
      if (l < u) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Calls onMatch(id, end) for every key occurrence; end is exclusive, in code units of `text`. */
  scan(text: string, onMatch: (id: number, end: number) => void): void {
    if (!this.built) throw new Error('Automaton: scan before build');
    const { rootNext, alphabet, label, childStart, childCount, fail, report, dict, outStart, outIds } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      if (alphabet[u] === 0) {
        node = 0;
        continue;
      }
      for (;;) {
        if (node === 0) {
          node = rootNext[u]!;
          break;
        }
        const cnt = childCount[node]!;
        if (cnt !== 0) {
          let lo = childStart[node]!;
          let t = -1;
          if (cnt <= LINEAR_MAX) {
            for (const end = lo + cnt; lo < end; lo++) {
              const l = label[lo]!;
              if (l === u) {
                t = lo;
                break;
              }
              if (l > u) break;
            }
          } else {
            let hi = lo + cnt - 1;
            while (lo <= hi) {
              const mid = (lo + hi) >>> 1;
              const l = label[mid]!;
              if (l === u) {
                t = mid;
                break;
              }
              if (l < u) lo = mid + 1;
              else hi = mid - 1;
            }
          }
          if (t !== -1) {
            node = t;
            break;
          }
        }
        node = fail[node]!;
      }
      for (let o = report[node]!; o !== 0; o = dict[o]!) {
        for (let k = outStart[o]!, e = outStart[o + 1]!; k < e; k++) onMatch(outIds[k]!, i + 1);
      }
    }
  }

  get size(): number {
    return this.nodes;
  }
}
