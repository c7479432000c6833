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
 * - failure and output links are computed lazily, the first time a scan needs them, and kept: a text
 *   visits a tiny part of the trie, so the build skips a pass over every node and scans pay for what
 *   they use (after the first few items, nothing).
 */

/**
 * Children counts above this are binary-searched: below it, a linear scan over the sorted labels (stopping
 * at the first larger one) predicts better and wins.
 */
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
  private rootNext: Int32Array = new Int32Array(0);
  // Per node (breadth-first ids): the label that leads to it, where its sorted children start and how many.
  private label: Uint16Array = new Uint16Array(0);
  private childStart: Int32Array = new Int32Array(0);
  private childCount: Int32Array = new Int32Array(0);
  private parent: Int32Array = new Int32Array(0);
  /** Failure link of each node, -1 until first needed (failOf). */
  private fail: Int32Array = new Int32Array(0);
  /**
   * The node whose outputs to report on arriving here: itself, the nearest node with outputs on its
   * failure chain, or 0 for none; -1 until first needed (reportOf).
   */
  private report: Int32Array = new Int32Array(0);
  /** Outputs (key ids) of node v: outIds[outStart[v] .. outStart[v + 1]). */
  private outStart: Int32Array = new Int32Array(0);
  private outIds: Int32Array = new Int32Array(0);

  /** Adds a key; `scan` reports `id` for each of its occurrences. An empty key is never reported. */
  add(key: string, id: number): void {
    if (this.built) throw new Error('Automaton: add after build');
    this.keys.push(key);
    this.ids.push(id);
  }

  build(): this {
    if (this.built) return this;
    // Two phases, each a function of its own: V8 optimises a hot loop by compiling the function around
    // it, with the type feedback gathered so far; one function for both would be compiled while the
    // second loop has none, and fall back to the interpreter when it reaches it.
    const trie = buildTrie(this.keys);
    this.install(renumber(trie, this.ids));
    this.keys = [];
    this.ids = [];
    return this;
  }

  /** Takes a breadth-first layout (from the build or a snapshot) and starts the lazy links afresh. */
  private install(layout: Layout): void {
    const n = layout.label.length;
    this.label = layout.label;
    this.childStart = layout.childStart;
    this.childCount = layout.childCount;
    this.parent = layout.parent;
    this.outStart = layout.outStart;
    this.outIds = layout.outIds;
    const rootNext = new Int32Array(65536);
    for (let c = layout.childStart[0]!, e = c + layout.childCount[0]!; c < e; c++) rootNext[layout.label[c]!] = c;
    this.rootNext = rootNext;
    this.fail = new Int32Array(n).fill(-1);
    this.fail[0] = 0;
    this.report = new Int32Array(n).fill(-1);
    this.report[0] = 0;
    this.nodes = n;
    this.built = true;
  }

  /**
   * The failure link of a node: the longest proper suffix of its path that is also a path from the root.
   * Computed from its parent's, breadth-first in effect, and kept.
   */
  private failOf(v: number): number {
    const known = this.fail[v]!;
    if (known >= 0) return known;
    const p = this.parent[v]!;
    let target = 0;
    if (p !== 0) {
      const u = this.label[v]!;
      let f = this.failOf(p);
      for (;;) {
        if (f === 0) {
          target = this.rootNext[u]!;
          break;
        }
        const t = childOf(this.label, this.childStart, this.childCount, f, u);
        if (t > 0) {
          target = t;
          break;
        }
        f = this.failOf(f);
      }
    }
    this.fail[v] = target;
    return target;
  }

  /** See `report`; computed and kept on first need. */
  private reportOf(v: number): number {
    const known = this.report[v]!;
    if (known >= 0) return known;
    const r = this.outStart[v + 1]! > this.outStart[v]! ? v : this.reportOf(this.failOf(v));
    this.report[v] = r;
    return r;
  }

  /** Calls onMatch(id, end) for every key occurrence; end is exclusive, in code units of `text`. */
  scan(text: string, onMatch: (id: number, end: number) => void): void {
    if (!this.built) throw new Error('Automaton: scan before build');
    const { rootNext, label, childStart, childCount, fail, report, outStart, outIds } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
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
        const f = fail[node]!;
        node = f >= 0 ? f : this.failOf(node);
      }
      let o = report[node]!;
      if (o < 0) o = this.reportOf(node);
      while (o !== 0) {
        for (let k = outStart[o]!, e = outStart[o + 1]!; k < e; k++) onMatch(outIds[k]!, i + 1);
        o = this.reportOf(this.failOf(o));
      }
    }
  }

  get size(): number {
    return this.nodes;
  }

  /**
   * The built trie as plain arrays, for a compiled-pack snapshot (./snapshot.ts). Only what the build
   * computed: childStart and parent follow from childCount (the layout is breadth-first), the root table
   * from the root's children, and the lazy failure/report links start afresh.
   */
  toArrays(): AutomatonArrays {
    if (!this.built) throw new Error('Automaton: toArrays before build');
    return { label: this.label, childCount: this.childCount, outStart: this.outStart, outIds: this.outIds };
  }

  /**
   * An automaton from toArrays' output, or null when the arrays cannot be one: lengths that disagree, a
   * child count that runs past the node count or leaves a node without a parent, unsorted sibling labels,
   * output ranges out of order, or an output id outside [0, idLimit). Checked in one pass, so that a
   * damaged snapshot can never index out of bounds or lose a match in scan.
   */
  static fromArrays(arrays: AutomatonArrays, idLimit: number): Automaton | null {
    const { label, childCount, outStart, outIds } = arrays;
    const n = label.length;
    if (n < 1 || childCount.length !== n || outStart.length !== n + 1 || outStart[0] !== 0 || outStart[n] !== outIds.length) return null;
    const childStart = new Int32Array(n);
    const parent = new Int32Array(n);
    let tail = 1;
    for (let v = 0; v < n; v++) {
      // Breadth-first: every node but the root was listed as a child before it is reached.
      if (v > 0 && tail <= v) return null;
      const cnt = childCount[v]!;
      if (cnt < 0 || tail + cnt > n) return null;
      if (outStart[v + 1]! < outStart[v]!) return null;
      childStart[v] = tail;
      for (let c = tail, e = tail + cnt; c < e; c++) {
        if (c > tail && label[c]! <= label[c - 1]!) return null;
        parent[c] = v;
      }
      tail += cnt;
    }
    if (tail !== n) return null;
    for (let k = 0; k < outIds.length; k++) {
      const id = outIds[k]!;
      if (id < 0 || id >= idLimit) return null;
    }
    const a = new Automaton();
    a.install({ label, childCount, childStart, parent, outStart, outIds });
    return a;
  }
}

/** The arrays that define a built automaton (see Automaton.toArrays). */
export interface AutomatonArrays {
  label: Uint16Array;
  childCount: Int32Array;
  outStart: Int32Array;
  outIds: Int32Array;
}

/** The trie in depth-first order (temporary ids), as first child / next sibling lists, and its outputs. */
interface Trie {
  count: number;
  outputs: number;
  label: Uint16Array;
  first: Int32Array;
  next: Int32Array;
  /** Per node, the first key ending there (-1 if none); outNext chains the others. */
  outHead: Int32Array;
  outNext: Int32Array;
}

/** Builds the trie from the sorted keys: each key shares its prefix with the previous one and only appends. */
function buildTrie(keys: readonly string[]): Trie {
  const m = keys.length;
  let capacity = 1;
  let maxLen = 0;
  for (let k = 0; k < m; k++) {
    const len = keys[k]!.length;
    capacity += len;
    if (len > maxLen) maxLen = len;
  }
  const order = sortedOrder(keys);
  const label = new Uint16Array(capacity);
  const first = new Int32Array(capacity);
  const next = new Int32Array(capacity);
  const last = new Int32Array(capacity);
  const outHead = new Int32Array(capacity).fill(-1);
  const outNext = new Int32Array(m);
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
      const child = count++;
      label[child] = u;
      if (last[node]) next[last[node]!] = child;
      else first[node] = child;
      last[node] = child;
      node = child;
      path[d + 1] = child;
    }
    // Outputs in reverse sorted order on a list; put back in order when laid out.
    outNext[k] = outHead[node]!;
    outHead[node] = k;
    outputs++;
    prev = key;
  }
  return { count, outputs, label, first, next, outHead, outNext };
}

/** The trie renumbered breadth-first: the children of a node get consecutive ids, in label order. */
interface Layout {
  label: Uint16Array;
  childStart: Int32Array;
  childCount: Int32Array;
  parent: Int32Array;
  outStart: Int32Array;
  outIds: Int32Array;
}

function renumber(trie: Trie, ids: readonly number[]): Layout {
  const n = trie.count;
  const { first, next, outHead, outNext } = trie;
  const tLabel = trie.label;
  const label = new Uint16Array(n);
  const childStart = new Int32Array(n);
  const childCount = new Int32Array(n);
  const parent = new Int32Array(n);
  const queue = new Int32Array(n); // queue[newId] = temporary id
  const outStart = new Int32Array(n + 1);
  const outIds = new Int32Array(trie.outputs);
  let tail = 1;
  let o = 0;
  for (let v = 0; v < n; v++) {
    const t = queue[v]!;
    outStart[v] = o;
    let w = o;
    for (let k = outHead[t]!; k !== -1; k = outNext[k]!) w++;
    const end = w;
    for (let k = outHead[t]!; k !== -1; k = outNext[k]!) outIds[--w] = ids[k]!;
    o = end;
    childStart[v] = tail;
    for (let c = first[t]!; c; c = next[c]!) {
      queue[tail] = c;
      label[tail] = tLabel[c]!;
      parent[tail] = v;
      tail++;
    }
    childCount[v] = tail - childStart[v]!;
  }
  outStart[n] = o;
  return { label, childStart, childCount, parent, outStart, outIds };
}

/** The child of a non-root node by label, or -1: a linear scan of its sorted labels, or a binary search. */
function childOf(label: Uint16Array, childStart: Int32Array, childCount: Int32Array, node: number, u: number): number {
  const cnt = childCount[node]!;
  let lo = childStart[node]!;
  if (cnt <= LINEAR_MAX) {
    for (const end = lo + cnt; lo < end; lo++) {
      const l = label[lo]!;
      if (l >= u) return l === u ? lo : -1;
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
