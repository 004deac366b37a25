import { MEASURE_COLUMNS, type Measure, type MeasureColumn } from '@balanza/model';

/** Droppable id of a column (cards use their own ids). */
export const columnDropId = (column: MeasureColumn) => `column:${column}`;
const columnOfDropId = (id: string): MeasureColumn | null =>
  MEASURE_COLUMNS.find((column) => columnDropId(column) === id) ?? null;

/** The cards this person sees: a privately written card is shown to its author only, until revealed. */
export const visibleCards = (measures: readonly Measure[], selfId: string): Measure[] =>
  measures.filter((card) => !card.hidden || (selfId !== '' && card.author === selfId));

/** Cards per column, in board order (the snapshot is sorted by fractional index, then id). */
export function groupByColumn(cards: readonly Measure[]): Record<MeasureColumn, Measure[]> {
  const columns: Record<MeasureColumn, Measure[]> = { keep: [], change: [], add: [] };
  for (const card of cards) columns[card.column].push(card);
  return columns;
}

const sameCards = (a: readonly Measure[], b: readonly Measure[]) =>
  a.length === b.length && a.every((card, i) => card === b[i]);

/**
 * The cards one column shows, from the board's measures: the same array comes back while the column holds
 * the same card objects (the board store keeps the identity of unchanged items), so an edit re-renders
 * only the columns it changed.
 */
export function columnCardsSelector(
  column: MeasureColumn,
  selfId: string,
): (measures: readonly Measure[]) => Measure[] {
  let seen: readonly Measure[] | null = null;
  let cards: Measure[] = [];
  return (measures) => {
    if (measures === seen) return cards;
    seen = measures;
    const next = visibleCards(measures, selfId).filter((card) => card.column === column);
    if (!sameCards(cards, next)) cards = next;
    return cards;
  };
}

/** The column of a droppable id (columns are the only drop targets). */
export const columnOfTarget = (overId: string): MeasureColumn | null => columnOfDropId(overId);

/** Where a dragged card would land, as the board shows it: a column and a slot among its visible cards. */
export interface DropSlot {
  column: MeasureColumn;
  /** Index among the column's visible cards other than the dragged one (0 = top). */
  slot: number;
}

/** The slot a point falls in: before the first card whose middle is below it. */
export const slotAt = (middles: readonly number[], y: number): number => {
  const below = middles.findIndex((middle) => y < middle);
  return below === -1 ? middles.length : below;
};

/**
 * A slot on the board turned into what `moveMeasure` wants: a column and an index among that column's
 * other cards, hidden ones included, so the position means the same on every peer. The card goes
 * just before the visible card now at that slot (or after the last one). Null when nothing would change.
 */
export function dropTarget(
  all: readonly Measure[],
  visible: Record<MeasureColumn, readonly Measure[]>,
  activeId: string,
  { column, slot }: DropSlot,
): { column: MeasureColumn; index: number } | null {
  const active = all.find((card) => card.id === activeId);
  if (!active) return null;
  const others = all.filter((card) => card.column === column && card.id !== activeId);
  const shown = visible[column].filter((card) => card.id !== activeId);
  const before = shown[slot];
  const after = shown[slot - 1];
  const index = before
    ? others.findIndex((card) => card.id === before.id)
    : after
      ? others.findIndex((card) => card.id === after.id) + 1
      : others.length;
  if (column === active.column && index === all.filter((card) => card.column === column).indexOf(active)) return null;
  return { column, index };
}

/** Votes a person has given across all measures. */
export const votesUsedBy = (measures: readonly Measure[], personId: string): number =>
  measures.reduce((sum, card) => sum + (card.votes[personId] ?? 0), 0);

export const totalVotes = (card: Measure): number => Object.values(card.votes).reduce((sum, n) => sum + n, 0);

/** The quarters of the plan year, for the "due" picker. */
export const quartersOf = (planYear: number): string[] => [1, 2, 3, 4].map((q) => `${planYear}-Q${q}`);
