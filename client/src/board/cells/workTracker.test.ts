import { describe, expect, it } from 'vitest';
import { WorkTracker } from './workTracker.ts';

interface Goal {
  id: string;
  label: string;
  actual: number | null;
}
const sales: Goal = { id: 'g1', label: 'Sales', actual: 900 };
const margin: Goal = { id: 'g2', label: 'Margin', actual: null };

describe('WorkTracker (who works on which record, with what unsaved)', () => {
  it('[LOST-1] a record deleted by someone else while worked on comes back with what was seen plus the draft', () => {
    const tracker = new WorkTracker<Goal>();
    tracker.touch(sales, { actual: 1200 }, 0);
    expect(tracker.sync([sales, margin])).toEqual([]);
    expect(tracker.sync([margin])).toEqual([{ id: 'g1', label: 'Sales', actual: 1200 }]);
    // Offered once: the record is no longer watched.
    expect(tracker.isWorkingOn('g1')).toBe(false);
    expect(tracker.sync([])).toEqual([]);
  });

  it('[LOST-1] a focused record with nothing typed comes back as last seen, peers’ later edits included', () => {
    const tracker = new WorkTracker<Goal>();
    tracker.touch(sales, undefined, 0);
    tracker.sync([{ ...sales, label: 'Sales (net)' }, margin]);
    expect(tracker.sync([margin])).toEqual([{ id: 'g1', label: 'Sales (net)', actual: 900 }]);
  });

  it('[LOST-1] drafts of several fields merge; a field reported undefined (unparseable, stored) leaves the draft', () => {
    const tracker = new WorkTracker<Goal>();
    tracker.touch(sales, { label: 'Sales online' }, 0);
    tracker.touch(sales, { actual: 1300 }, 1);
    tracker.touch(sales, { actual: undefined }, 2);
    expect(tracker.sync([])).toEqual([{ id: 'g1', label: 'Sales online', actual: 900 }]);
  });

  it('[LOST-1] null means everything typed was stored: the record comes back as stored', () => {
    const tracker = new WorkTracker<Goal>();
    tracker.touch(sales, { actual: 1200 }, 0);
    tracker.touch(sales, null, 1);
    expect(tracker.sync([])).toEqual([sales]);
  });

  it('[LOST-2] a record this person deleted is not offered back (they get Undo)', () => {
    const tracker = new WorkTracker<Goal>();
    tracker.touch(sales, { actual: 1200 }, 0);
    tracker.deletedByMe('g1');
    expect(tracker.sync([margin])).toEqual([]);
    // Undone and later deleted by someone else while worked on again: offered this time.
    tracker.sync([sales, margin]);
    tracker.touch(sales, undefined, 10);
    expect(tracker.sync([margin])).toEqual([sales]);
  });

  it('[LOST-2] an own delete of a record not worked on does not hide a later delete by someone else', () => {
    const tracker = new WorkTracker<Goal>();
    tracker.deletedByMe('g1');
    tracker.sync([margin]);
    tracker.sync([sales, margin]);
    tracker.touch(sales, undefined, 0);
    expect(tracker.sync([margin])).toEqual([sales]);
  });

  it('[LOST-1] a touch of a record already gone is ignored (a late blur must not wipe the draft)', () => {
    const tracker = new WorkTracker<Goal>();
    tracker.touch(undefined, null, 0);
    expect(tracker.isWorkingOn('g1')).toBe(false);
  });

  it('[LOST-1] a record left alone is watched until it has been quiet a while, and while it holds a draft', () => {
    const tracker = new WorkTracker<Goal>();
    tracker.touch(sales, undefined, 1_000);
    expect(tracker.release('g1', 3_000, 5_000)).toBe(false);
    expect(tracker.release('g1', 6_000, 5_000)).toBe(true);
    expect(tracker.sync([])).toEqual([]);

    tracker.touch(margin, { actual: 5 }, 0);
    expect(tracker.release('g2', 60_000, 5_000)).toBe(false);
    expect(tracker.sync([])).toEqual([{ ...margin, actual: 5 }]);
  });
});
