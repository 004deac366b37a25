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

/** The column a drop target (a card or a column) belongs to. */
export function columnOfTarget(all: readonly Measure[], overId: string): MeasureColumn | null {
  return columnOfDropId(overId) ?? all.find((card) => card.id === overId)?.column ?? null;
}

/**
 * Where a card dropped on `overId` goes, as `moveMeasure` wants it: a column and an index among that
 * column's other cards (all of them, hidden ones included, so positions match every peer's document).
 * Within a column the card takes the place of the card it is over (like `arrayMove`); in another
 * column it goes before it; on a column itself, at its end. Null when nothing would change.
 */
export function dropTarget(
  all: readonly Measure[],
  activeId: string,
  overId: string,
): { column: MeasureColumn; index: number } | null {
  const active = all.find((card) => card.id === activeId);
  const column = columnOfTarget(all, overId);
  if (!active || !column) return null;
  const inColumn = all.filter((card) => card.column === column);
  const others = inColumn.filter((card) => card.id !== activeId);
  if (columnOfDropId(overId)) {
    if (column === active.column) return null;
    return { column, index: others.length };
  }
  if (overId === activeId) return null;
  if (column === active.column) {
    const index = inColumn.findIndex((card) => card.id === overId);
    return index === inColumn.findIndex((card) => card.id === activeId) ? null : { column, index };
  }
  return { column, index: others.findIndex((card) => card.id === overId) };
}

/** Votes a person has given across all measures. */
export const votesUsedBy = (measures: readonly Measure[], personId: string): number =>
  measures.reduce((sum, card) => sum + (card.votes[personId] ?? 0), 0);

export const totalVotes = (card: Measure): number => Object.values(card.votes).reduce((sum, n) => sum + n, 0);

/** The quarters of the plan year, for the "due" picker. */
export const quartersOf = (planYear: number): string[] => [1, 2, 3, 4].map((q) => `${planYear}-Q${q}`);
