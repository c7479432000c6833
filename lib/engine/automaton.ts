/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every key in one pass over the
 * text, whatever the number of keys (issue 3: "Matching must not run one RegExp per pattern over the text").
 * Transitions live in one hash table keyed by (node, unit) (Unicode alphabets make per-node arrays too
 * big): a Map while keys are added, then an open-addressing table in typed arrays for scanning, which
 * avoids boxing large keys. The root, visited at almost every character, has a dense table.
 */

export class Automaton {
  private readonly next = new Map<number, number>();
  private readonly rootNext = new Int32Array(65536);
  private fail: Int32Array = new Int32Array(0);
  // Open-addressing transition table (filled by build): slot → node, unit, child; mask = size − 1.
  private hNode: Int32Array = new Int32Array(1).fill(-1);
  private hUnit: Uint16Array = new Uint16Array(1);
  private hChild: Int32Array = new Int32Array(1);
  private hMask = 0;
  /** Nearest node on the failure chain that has outputs (-1 if none). */
  private dict: Int32Array = new Int32Array(0);
  /** Outputs per node: key ids (undefined for most nodes). */
  private outs: Array<number[] | undefined> = [undefined];
  // The trie as linked lists (first child, next sibling, label), to walk it breadth-first in build().
  private firstChild = new Int32Array(1024);
  private nextSibling = new Int32Array(1024);
  private label = new Uint16Array(1024);
  private nodes = 1;
  private built = false;

  /** Adds a non-empty key; `scan` reports `id` for each of its occurrences. */
  add(key: string, id: number): void {
    if (this.built) throw new Error('Automaton: add after build');
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const u = key.charCodeAt(i);
      let child = node === 0 ? this.rootNext[u]! : (this.next.get(node * 65536 + u) ?? 0);
      if (child === 0) {
        child = this.newNode(node, u);
        if (node === 0) this.rootNext[u] = child;
        else this.next.set(node * 65536 + u, child);
      }
      node = child;
    }
    const list = this.outs[node];
    if (list) list.push(id);
    else this.outs[node] = [id];
  }

  private newNode(parent: number, u: number): number {
    const child = this.nodes++;
    if (child >= this.label.length) {
      const grow = <T extends Int32Array | Uint16Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.firstChild = grow(this.firstChild);
      this.nextSibling = grow(this.nextSibling);
      this.label = grow(this.label);
    }
    this.label[child] = u;
    this.nextSibling[child] = this.firstChild[parent]!;
    this.firstChild[parent] = child;
    this.outs.push(undefined);
    return child;
  }

  build(): this {
    const n = this.nodes;
    const fail = new Int32Array(n);
    const dict = new Int32Array(n).fill(-1);
    const queue = new Int32Array(n);
    let tail = 0;
    for (let c = this.firstChild[0]!; c; c = this.nextSibling[c]!) queue[tail++] = c;
    for (let head = 0; head < tail; head++) {
      const node = queue[head]!;
      for (let child = this.firstChild[node]!; child; child = this.nextSibling[child]!) {
        const u = this.label[child]!;
        let f = fail[node]!;
        let target = this.step(f, u);
        while (target === -1) {
          f = fail[f]!;
          target = this.step(f, u);
        }
        fail[child] = target;
        dict[child] = this.outs[target] ? target : dict[target]!;
        queue[tail++] = child;
      }
    }
    this.fail = fail;
    this.dict = dict;
    let size = 1;
    while (size < this.next.size * 2 + 2) size *= 2;
    this.hNode = new Int32Array(size).fill(-1);
    this.hUnit = new Uint16Array(size);
    this.hChild = new Int32Array(size);
    this.hMask = size - 1;
    for (const [k, child] of this.next) {
      const node = Math.floor(k / 65536);
      const u = k % 65536;
      let h = hash(node, u) & this.hMask;
      while (this.hNode[h] !== -1) h = (h + 1) & this.hMask;
      this.hNode[h] = node;
      this.hUnit[h] = u;
      this.hChild[h] = child;
    }
    this.next.clear();
    // The trie lists are only needed to build.
    this.firstChild = new Int32Array(0);
    this.nextSibling = new Int32Array(0);
    this.label = new Uint16Array(0);
    this.built = true;
    return this;
  }

  /** Transition from a node while building, or -1 (the root never fails: it loops to itself). */
  private step(node: number, u: number): number {
    if (node === 0) return this.rootNext[u]!;
    return this.next.get(node * 65536 + u) ?? -1;
  }

  /** Calls onMatch(id, end) for every key occurrence; end is exclusive, in code units of `text`. */
  scan(text: string, onMatch: (id: number, end: number) => void): void {
    if (!this.built) throw new Error('Automaton: scan before build');
    const hNode = this.hNode;
    const hUnit = this.hUnit;
    const hChild = this.hChild;
    const mask = this.hMask;
    const rootNext = this.rootNext;
    const fail = this.fail;
    const dict = this.dict;
    const outs = this.outs;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      for (;;) {
        if (node === 0) {
          node = rootNext[u]!;
          break;
        }
        let h = hash(node, u) & mask;
        let t = -1;
        for (;;) {
          const hn = hNode[h]!;
          if (hn === -1) break;
          if (hn === node && hUnit[h] === u) {
            t = hChild[h]!;
            break;
          }
          h = (h + 1) & mask;
        }
        if (t !== -1) {
          node = t;
          break;
        }
        node = fail[node]!;
      }
      if (node === 0) continue;
      let o = outs[node] ? node : dict[node]!;
      while (o > 0) {
        const list = outs[o]!;
        for (let k = 0; k < list.length; k++) onMatch(list[k]!, i + 1);
        o = dict[o]!;
      }
    }
  }

  get size(): number {
    return this.nodes;
  }
}

function hash(node: number, u: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(u, 0x85ebca6b)) >>> 0;
}
