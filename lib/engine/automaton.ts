/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every key in one pass over the
 * text, whatever the number of keys (issue 3: "Matching must not run one RegExp per pattern over the text").
 * Transitions live in one open-addressing hash table keyed by (node, unit), in typed arrays (Unicode
 * alphabets make per-node arrays too big; a Map would box the keys). The root, visited at almost every
 * character, has a dense table; nodes with a single child (most of them) skip the table when scanning.
 */

export class Automaton {
  private readonly rootNext = new Int32Array(65536);
  private fail: Int32Array = new Int32Array(0);
  // Open-addressing transition table (filled by build): slot → node, unit, child; mask = size − 1.
  private hNode: Int32Array = new Int32Array(4096).fill(-1);
  private hUnit: Uint16Array = new Uint16Array(4096);
  private hChild: Int32Array = new Int32Array(4096);
  private hMask = 4095;
  private hCount = 0;
  /**
   * Most trie nodes have one child (the rest of a long term): their transition is checked with two array
   * reads, no hashing. shape: 0 leaf, 1 single child (onlyUnit/onlyChild), 2 several (hash table).
   */
  private shape: Uint8Array = new Uint8Array(0);
  private onlyUnit: Uint16Array = new Uint16Array(0);
  private onlyChild: Int32Array = new Int32Array(0);
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
      let child = node === 0 ? this.rootNext[u]! : Math.max(0, this.lookup(node, u));
      if (child === 0) {
        child = this.newNode(node, u);
        if (node === 0) this.rootNext[u] = child;
        else this.insert(node, u, child);
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
    this.shape = new Uint8Array(n);
    this.onlyUnit = new Uint16Array(n);
    this.onlyChild = new Int32Array(n);
    for (let node = 1; node < n; node++) {
      const first = this.firstChild[node]!;
      if (!first) continue;
      if (this.nextSibling[first]) this.shape[node] = 2;
      else {
        this.shape[node] = 1;
        this.onlyUnit[node] = this.label[first]!;
        this.onlyChild[node] = first;
      }
    }
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
    return this.lookup(node, u);
  }

  private lookup(node: number, u: number): number {
    const mask = this.hMask;
    for (let h = hash(node, u) & mask; ; h = (h + 1) & mask) {
      const hn = this.hNode[h]!;
      if (hn === -1) return -1;
      if (hn === node && this.hUnit[h] === u) return this.hChild[h]!;
    }
  }

  private insert(node: number, u: number, child: number): void {
    if ((this.hCount + 1) * 2 > this.hNode.length) this.rehash(this.hNode.length * 2);
    const mask = this.hMask;
    let h = hash(node, u) & mask;
    while (this.hNode[h] !== -1) h = (h + 1) & mask;
    this.hNode[h] = node;
    this.hUnit[h] = u;
    this.hChild[h] = child;
    this.hCount++;
  }

  private rehash(size: number): void {
    const { hNode, hUnit, hChild } = this;
    this.hNode = new Int32Array(size).fill(-1);
    this.hUnit = new Uint16Array(size);
    this.hChild = new Int32Array(size);
    this.hMask = size - 1;
    this.hCount = 0;
    for (let i = 0; i < hNode.length; i++) if (hNode[i] !== -1) this.insert(hNode[i]!, hUnit[i]!, hChild[i]!);
  }

  /** Calls onMatch(id, end) for every key occurrence; end is exclusive, in code units of `text`. */
  scan(text: string, onMatch: (id: number, end: number) => void): void {
    if (!this.built) throw new Error('Automaton: scan before build');
    const hNode = this.hNode;
    const hUnit = this.hUnit;
    const hChild = this.hChild;
    const mask = this.hMask;
    const rootNext = this.rootNext;
    const shape = this.shape;
    const onlyUnit = this.onlyUnit;
    const onlyChild = this.onlyChild;
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
        const sh = shape[node]!;
        if (sh === 1) {
          if (onlyUnit[node] === u) {
            node = onlyChild[node]!;
            break;
          }
          node = fail[node]!;
          continue;
        }
        if (sh === 0) {
          node = fail[node]!;
          continue;
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
