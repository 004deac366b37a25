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
export function useColumnCards(column: MeasureColumn, selfId: string, privateCards: readonly Measure[]): Measure[] {
  const select = useMemo(() => {
    const cardsOf = columnCardsSelector(column, selfId);
    return (snapshot: BoardSnapshot) => cardsOf(snapshot.measures);
  }, [column, selfId]);
  const onBoard = useBoardPart(select) ?? NO_CARDS;
  // This member's private cards of the column come after the board's ([MEASURE-6]).
  return useMemo(() => {
    const mine = privateCards.filter((card) => card.column === column);
    return mine.length > 0 ? [...onBoard, ...mine] : onBoard;
  }, [onBoard, privateCards, column]);
}
