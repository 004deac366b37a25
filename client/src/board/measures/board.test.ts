import {
  addMeasure,
  createBoardStore,
  MEASURE_COLUMNS,
  type Measure,
  measureSpec,
  moveMeasure,
  updateMeasure,
} from '@balanza/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { columnCardsSelector, dropTarget, groupByColumn, slotAt, visibleCards } from './board.ts';

const card = (id: string, column: Measure['column'], extra: Partial<Measure> = {}): Measure => ({
  ...measureSpec.defaults,
  id,
  column,
  ...extra,
});

describe('measures board layout', () => {
  const all = [card('a', 'keep'), card('b', 'keep'), card('c', 'keep'), card('x', 'change')];

  it('[MEASURE-6] a private card is visible to its author only', () => {
    const cards = [card('a', 'keep'), card('h', 'add', { hidden: true, author: 'bo' })];
    expect(visibleCards(cards, 'ana').map((c) => c.id)).toEqual(['a']);
    expect(visibleCards(cards, 'bo').map((c) => c.id)).toEqual(['a', 'h']);
    expect(visibleCards(cards, '').map((c) => c.id)).toEqual(['a']);
  });

  it('[MEASURE-1] drop positions: a slot among the visible cards becomes an index among all the column’s other cards', () => {
    const visible = groupByColumn(all);
    expect(dropTarget(all, visible, 'a', { column: 'keep', slot: 2 })).toEqual({ column: 'keep', index: 2 });
    expect(dropTarget(all, visible, 'c', { column: 'keep', slot: 0 })).toEqual({ column: 'keep', index: 0 });
    expect(dropTarget(all, visible, 'a', { column: 'change', slot: 0 })).toEqual({ column: 'change', index: 0 });
    expect(dropTarget(all, visible, 'a', { column: 'add', slot: 0 })).toEqual({ column: 'add', index: 0 });
    expect(dropTarget(all, visible, 'x', { column: 'keep', slot: 3 })).toEqual({ column: 'keep', index: 3 });
    // Where it already is: nothing to do.
    expect(dropTarget(all, visible, 'a', { column: 'keep', slot: 0 })).toBeNull();
    expect(dropTarget(all, visible, 'b', { column: 'keep', slot: 1 })).toBeNull();
    expect(groupByColumn(all).keep.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('[MEASURE-1] a slot next to a hidden card keeps the hidden card’s place for everyone', () => {
    const withHidden = [
      card('a', 'keep'),
      card('h', 'keep', { hidden: true, author: 'bo' }),
      card('b', 'keep'),
      card('x', 'add'),
    ];
    const visible = groupByColumn(visibleCards(withHidden, 'ana'));
    // Before b (visible slot 1) is after the hidden card: index 2 among a, h, b.
    expect(dropTarget(withHidden, visible, 'x', { column: 'keep', slot: 1 })).toEqual({ column: 'keep', index: 2 });
    expect(dropTarget(withHidden, visible, 'x', { column: 'keep', slot: 2 })).toEqual({ column: 'keep', index: 3 });
  });

  it('[MEASURE-9] the slot under a point is before the first card whose middle is below it', () => {
    expect(slotAt([10, 30, 50], 0)).toBe(0);
    expect(slotAt([10, 30, 50], 20)).toBe(1);
    expect(slotAt([10, 30, 50], 60)).toBe(3);
    expect(slotAt([], 5)).toBe(0);
  });
});

describe('columns read from the live board', () => {
  // What lets a remote move re-render the two columns it touched and not the 300 cards: unchanged
  // columns and cards stay the same objects (compared with toBe, by identity).
  it('a move gives new arrays to its two columns only, and keeps every other card object', () => {
    const doc = new Y.Doc();
    const store = createBoardStore(doc);
    const ids = Array.from({ length: 30 }, (_, i) =>
      addMeasure(doc, { text: `m${i}`, column: MEASURE_COLUMNS[i % 3] }),
    );
    const select = MEASURE_COLUMNS.map((column) => columnCardsSelector(column, 'ana'));
    const before = select.map((cardsOf) => cardsOf(store.getSnapshot().measures));
    const moved = ids[0] as string;
    moveMeasure(doc, moved, 'add', 0);
    const after = select.map((cardsOf) => cardsOf(store.getSnapshot().measures));
    const [keep, change, add] = [0, 1, 2].map((i) => ({ before: before[i] ?? [], after: after[i] ?? [] }));
    expect(change?.after).toBe(change?.before);
    expect(keep?.after).not.toBe(keep?.before);
    expect(add?.after[0]?.id).toBe(moved);
    expect(keep?.after).toEqual(keep?.before.filter((card) => card.id !== moved));
    for (const card of [...(keep?.after ?? []), ...(add?.after.slice(1) ?? [])])
      expect([...(keep?.before ?? []), ...(add?.before ?? [])]).toContain(card);
    // An edit of one card's text: one new card object, in the same column array only.
    updateMeasure(doc, ids[1] as string, { text: 'edited' });
    const edited = select.map((cardsOf) => cardsOf(store.getSnapshot().measures));
    expect(edited[0]).toBe(after[0]);
    expect(edited[2]).toBe(after[2]);
    expect(edited[1]?.filter((card, i) => card !== after[1]?.[i]).map((card) => card.id)).toEqual([ids[1]]);
    store.destroy();
  });
});
