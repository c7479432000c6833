/**
 * One lane of the scan queue (./queue.ts): a first-in first-out set, an array in arrival order plus a Set
 * for membership. (Taking a plain Set's first entry anew for every job walks past every entry deleted
 * before it until the table happens to shrink: thousands of steps per job in a 4,000-job document scan.)
 * Deleted entries stay in the array until they reach the front.
 */
export class FifoSet<T> {
  private order: T[] = [];
  private head = 0;
  private readonly members = new Set<T>();

  get size(): number {
    return this.members.size;
  }

  /** Entries the array still holds, taken and deleted ones included (what it keeps alive). */
  get held(): number {
    return this.order.length;
  }

  has(job: T): boolean {
    return this.members.has(job);
  }

  add(job: T): void {
    if (this.members.has(job)) return;
    this.members.add(job);
    this.order.push(job);
  }

  delete(job: T): void {
    this.members.delete(job);
  }

  shift(): T | undefined {
    while (this.head < this.order.length) {
      const job = this.order[this.head++] as T;
      if (this.head > 1024 && this.head * 2 > this.order.length) {
        this.order = this.order.slice(this.head);
        this.head = 0;
      }
      if (this.members.delete(job)) {
        // Emptied: drop the array too, or it keeps every job (and the page elements they hold) alive.
        if (this.members.size === 0) {
          this.order = [];
          this.head = 0;
        }
        return job;
      }
    }
    this.clear();
    return undefined;
  }

  clear(): void {
    this.members.clear();
    this.order = [];
    this.head = 0;
  }
}
