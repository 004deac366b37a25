import type { Measure, MeasureColumn } from '@balanza/model';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fetchWaitingCards, revealPrivateCards } from '../../api/privateCards.ts';
import { useBoardId } from '../../board/BoardContext.tsx';
import { usePrivateCardList, usePrivateCards, usePrivateRefusal } from '../../board/privateCards.tsx';

/** How often the count of waiting private cards is asked while private writing is on. */
const WAITING_POLL_MS = 2_000;

/**
 * Private writing as the measures section sees it ([MEMBER-5], [MEASURE-6]): this member's private cards
 * (marked private, the ones a reveal already put on the board left out), where their changes go, how many
 * cards of everyone wait (asked of the server, which alone knows), and the facilitator's reveal.
 */
export function usePrivateWriting(measures: readonly Measure[], selfId: string, privateWriting: boolean) {
  const boardId = useBoardId();
  const handle = usePrivateCards();
  const list = usePrivateCardList(handle);
  const refusal = usePrivateRefusal(handle);
  const own = useStableCards(list, measures, selfId);
  const ownIds = useMemo(() => new Set(own.map((card) => card.id)), [own]);

  const [waiting, setWaiting] = useState(0);
  const refresh = useCallback(() => {
    fetchWaitingCards(boardId).then(setWaiting, () => undefined);
  }, [boardId]);
  // Asked again when this member's own cards change, and every few seconds while others may be writing.
  useEffect(() => refresh(), [refresh, own.length]);
  const polling = privateWriting || waiting > 0;
  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(refresh, WAITING_POLL_MS);
    return () => clearInterval(timer);
  }, [polling, refresh]);

  const add = useCallback(
    (column: MeasureColumn, text: string) => {
      if (!handle) return false;
      handle.add(column, text);
      return true;
    },
    [handle],
  );
  const reveal = useCallback(async () => {
    try {
      return await revealPrivateCards(boardId);
    } finally {
      refresh();
    }
  }, [boardId, refresh]);

  return {
    /** Null without a member: private writing cannot keep cards private then. */
    handle,
    own,
    ownIds,
    refusal,
    waiting,
    reveal,
    /** Adds a private card; false when there is no private document to add it to. */
    add,
  };
}

/**
 * This member's private cards as the board shows them: marked private and theirs, without those the board
 * holds already (revealed, the private document not emptied yet). The same array and card objects while
 * nothing of them changed, so a board edit elsewhere re-renders no column.
 */
function useStableCards(list: readonly Measure[], measures: readonly Measure[], selfId: string): Measure[] {
  const marked = useRef(new WeakMap<Measure, Measure>());
  const previous = useRef<Measure[]>([]);
  return useMemo(() => {
    const onBoard = new Set(measures.map((card) => card.id));
    const next = list
      .filter((card) => !onBoard.has(card.id))
      .map((card) => {
        const cached = marked.current.get(card);
        if (cached && cached.author === selfId) return cached;
        const shown = { ...card, hidden: true, author: selfId };
        marked.current.set(card, shown);
        return shown;
      });
    const same = next.length === previous.current.length && next.every((card, i) => card === previous.current[i]);
    if (!same) previous.current = next;
    return previous.current;
  }, [list, measures, selfId]);
}
