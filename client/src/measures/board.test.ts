import { type Measure, measureSpec } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { dropTarget, groupByColumn, visibleCards } from './board.ts';

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

  it('[MEASURE-1] drop positions: within a column like arrayMove, across columns before the card, on a column at its end', () => {
    expect(dropTarget(all, 'a', 'c')).toEqual({ column: 'keep', index: 2 });
    expect(dropTarget(all, 'c', 'a')).toEqual({ column: 'keep', index: 0 });
    expect(dropTarget(all, 'a', 'x')).toEqual({ column: 'change', index: 0 });
    expect(dropTarget(all, 'a', 'column:add')).toEqual({ column: 'add', index: 0 });
    expect(dropTarget(all, 'x', 'column:keep')).toEqual({ column: 'keep', index: 3 });
    expect(dropTarget(all, 'a', 'a')).toBeNull();
    expect(dropTarget(all, 'a', 'column:keep')).toBeNull();
    expect(groupByColumn(all).keep.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
});
