import type { Measure } from '@balanza/model';
import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { openPrivateCards, type PrivateCards } from '../sync/privateCards.ts';

const PrivateCardsContext = createContext<PrivateCards | null>(null);

/**
 * Opens this member's private document for the board page ([MEMBER-5]) while `memberId` is set (a member
 * who may write cards); without a member there is none, and private writing says so.
 */
export function PrivateCardsProvider(props: {
  boardId: string;
  memberId: string | null;
  onError: (error: Error) => void;
  children: ReactNode;
}) {
  const { boardId, memberId, onError } = props;
  const [opened, setOpened] = useState<PrivateCards | null>(null);
  useEffect(() => {
    if (!memberId) return;
    const cards = openPrivateCards(boardId, memberId, onError);
    setOpened(cards);
    return () => {
      cards.destroy();
      setOpened(null);
    };
  }, [boardId, memberId, onError]);
  return <PrivateCardsContext.Provider value={opened}>{props.children}</PrivateCardsContext.Provider>;
}

/** This member's private cards on the board on screen, or null when they have none to write (no member). */
export const usePrivateCards = (): PrivateCards | null => useContext(PrivateCardsContext);

const NO_CARDS: Measure[] = [];
const never = () => () => {};

/** The cards of `privateCards`, re-read on each change (an empty list without a private document). */
export function usePrivateCardList(privateCards: PrivateCards | null): Measure[] {
  return useSyncExternalStore(privateCards?.cards.subscribe ?? never, privateCards?.cards.get ?? (() => NO_CARDS));
}

/** Why the server refuses this member's private cards, or null. */
export function usePrivateRefusal(privateCards: PrivateCards | null): { code: number; reason: string } | null {
  return useSyncExternalStore(privateCards?.refused.subscribe ?? never, privateCards?.refused.get ?? (() => null));
}
