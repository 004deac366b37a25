/** A cached result and the exact item object it was computed from. */
export interface Cached<I, R> {
  item: I;
  result: R;
}

/**
 * Per-item results that survive from one snapshot to the next. The model's board store gives an
 * unchanged item the same object, so identity (`===`) says whether its result is still good.
 * `onChange(old, next)` lets the owner keep running totals: take `old` away, add `next`.
 */
export class KeyedCache<I extends { id: string }, R> {
  private entries = new Map<string, Cached<I, R> & { seen: number }>();
  private pass = 0;
  private lastItems: readonly I[] = [];
  private lastResults: R[] = [];

  /** Results in the order of `items`; computes only new or changed items. */
  map(
    items: readonly I[],
    compute: (item: I) => R,
    onChange?: (old: Cached<I, R> | undefined, next: Cached<I, R> | undefined) => void,
  ): R[] {
    const fast = this.inPlace(items, compute, onChange);
    if (fast) return fast;
    const pass = ++this.pass;
    const results: R[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as I;
      let entry = this.entries.get(item.id);
      if (entry?.item !== item) {
        const next = { item, result: compute(item), seen: pass };
        onChange?.(entry, next);
        this.entries.set(item.id, next);
        entry = next;
      }
      entry.seen = pass;
      results[i] = entry.result;
    }
    // Whatever was not seen in this pass was removed (ids are unique, so a size check finds them cheaply).
    if (this.entries.size > items.length) {
      for (const [id, entry] of this.entries) {
        if (entry.seen === pass) continue;
        onChange?.(entry, undefined);
        this.entries.delete(id);
      }
    }
    this.lastItems = items;
    this.lastResults = results;
    return results;
  }

  /**
   * The common case of a live edit: the same ids in the same order, one or a few items changed. Walks
   * both lists comparing pointers (no map lookups), so an edit on a list of thousands costs microseconds.
   * Null when the ids or their order changed (an add, a remove, a move): then `map` does the full pass.
   */
  private inPlace(
    items: readonly I[],
    compute: (item: I) => R,
    onChange?: (old: Cached<I, R> | undefined, next: Cached<I, R> | undefined) => void,
  ): R[] | null {
    const before = this.lastItems;
    if (items.length !== before.length || items.length === 0) return null;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as I;
      if (item !== before[i] && item.id !== (before[i] as I).id) return null;
    }
    const results = this.lastResults.slice();
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as I;
      if (item === before[i]) continue;
      const entry = this.entries.get(item.id) as Cached<I, R> & { seen: number };
      const next = { item, result: compute(item), seen: entry.seen };
      onChange?.(entry, next);
      this.entries.set(item.id, next);
      results[i] = next.result;
    }
    this.lastItems = items;
    this.lastResults = results;
    return results;
  }

  values(): IterableIterator<Cached<I, R>> {
    return this.entries.values();
  }

  clear(): void {
    this.entries.clear();
    this.lastItems = [];
    this.lastResults = [];
  }
}
