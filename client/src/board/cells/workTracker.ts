/** Unsaved edits to a record, as the fields they would change (e.g. `{ actual: 1200 }`). */
export type Draft<T> = Partial<Omit<T, 'id'>>;

interface Entry<T> {
  /** The record as this person last saw it. */
  seen: T;
  draft: Draft<T>;
  touchedAt: number;
}

/**
 * Which records this person is working on, and what they typed that is not stored yet — so a record a
 * colleague deletes meanwhile can be given back with it (a concurrent delete wins in Yjs). Pure: the
 * caller passes the current records and the time.
 *
 * @example
 * const tracker = new WorkTracker<Goal>();
 * tracker.touch(goal, { actual: 1200 }, Date.now());
 * tracker.sync(goalsWithoutIt); // → [{ ...goal, actual: 1200 }]
 */
export class WorkTracker<T extends { id: string }> {
  private readonly working = new Map<string, Entry<T>>();
  private readonly ownDeletes = new Set<string>();

  /**
   * This person works on `record` (focused it, or typed). `draft` fields are merged into the unsaved
   * draft (a field set to `undefined` leaves it: its text was stored, dropped or is not a value);
   * `null` means everything typed was stored or dropped; omitted leaves the draft as it is. A record
   * that is already gone (`undefined`) is ignored: a late blur of its unmounting input must not wipe
   * the draft of a record just deleted.
   */
  touch(record: T | undefined, draft: Draft<T> | null | undefined, now: number): void {
    if (!record) return;
    const entry = this.working.get(record.id) ?? { seen: record, draft: {}, touchedAt: now };
    entry.seen = record;
    entry.touchedAt = now;
    if (draft === null) entry.draft = {};
    else if (draft) entry.draft = withoutUndefined({ ...entry.draft, ...draft });
    this.working.set(record.id, entry);
  }

  /**
   * Stops watching a record this person left, unless they still have unsaved text in it or touched it
   * less than `quietMs` ago (a delete sent meanwhile may still be on its way). Returns whether it was dropped.
   */
  release(id: string, now: number, quietMs: number): boolean {
    const entry = this.working.get(id);
    if (!entry || Object.keys(entry.draft).length > 0 || now - entry.touchedAt < quietMs) return false;
    return this.working.delete(id);
  }

  /** This person deleted it themselves: no restore offer (they get Undo instead). */
  deletedByMe(id: string): void {
    this.ownDeletes.add(id);
  }

  /** Whether the record is being watched (for tests and for callers that show it). */
  isWorkingOn(id: string): boolean {
    return this.working.has(id);
  }

  /**
   * Compares with the records present now: keeps what this person saw up to date, stops watching the
   * ones that are gone, and returns those deleted by someone else, with the unsaved draft applied.
   */
  sync(records: readonly T[]): T[] {
    const present = new Map(records.map((record) => [record.id, record]));
    const lost: T[] = [];
    for (const [id, entry] of this.working) {
      const now = present.get(id);
      if (now) {
        entry.seen = now;
        continue;
      }
      this.working.delete(id);
      if (this.ownDeletes.delete(id)) continue;
      lost.push({ ...entry.seen, ...entry.draft, id });
    }
    // A delete of one's own is settled once it has arrived; an Undo re-adds the record as a fresh one.
    for (const id of this.ownDeletes) if (!present.has(id)) this.ownDeletes.delete(id);
    return lost;
  }
}

function withoutUndefined<D extends object>(draft: D): D {
  return Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined)) as D;
}
