import type { BoardSnapshot, Measure, MeasureColumn } from '@balanza/model';
import { useMemo } from 'react';
import { useBoardPart } from '../../board/BoardContext.tsx';
import { columnCardsSelector } from '../../board/measures/board.ts';

const NO_CARDS: Measure[] = [];

/**
 * The cards a column shows, in board order, read by the column itself: an edit re-renders only the
 * columns whose cards changed, not the section around them (whose drag context, re-rendered, would make
 * React visit every card).
 */
export function useColumnCards(column: MeasureColumn, selfId: string): Measure[] {
  const select = useMemo(() => {
    const cardsOf = columnCardsSelector(column, selfId);
    return (snapshot: BoardSnapshot) => cardsOf(snapshot.measures);
  }, [column, selfId]);
  return useBoardPart(select) ?? NO_CARDS;
}
