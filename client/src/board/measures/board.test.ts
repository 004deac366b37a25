import { type Measure, measureSpec } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { dropTarget, groupByColumn, slotAt, visibleCards } from './board.ts';

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
