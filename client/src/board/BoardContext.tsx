import { abilitiesOf, type BoardSnapshot } from '@balanza/model';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type NumberFormats, safeNumberFormats } from '../i18n/numbers.ts';
import type { BoardActions } from '../sync/actions.ts';
import type { UseBoardResult } from '../sync/useBoard.ts';
import type { BoardAbilities } from './useRole.ts';

/** The open board as every part of its page sees it, loaded or not. */
interface OpenBoard {
  boardId: string;
  /** The live board: connection, presence, history, notes; its actions already guarded by the role. */
  board: UseBoardResult;
  abilities: BoardAbilities;
}

/** What a section needs once the board is loaded: its data, its named mutations and its number formats. */
export interface LoadedBoard {
  snapshot: BoardSnapshot;
  actions: BoardActions;
  numbers: NumberFormats;
}

const OUTSIDE_A_BOARD: BoardAbilities = { ...abilitiesOf('editor'), locked: false };
const OpenBoardContext = createContext<OpenBoard | null>(null);
const LoadedBoardContext = createContext<LoadedBoard | null>(null);

/**
 * Provides the open board to everything inside the board page, once: sections and panels take what they
 * need with the hooks below instead of receiving it through props. The data hooks (`useSnapshot`,
 * `useActions`, `useNumbers`) are for what renders once the board is loaded (the page shows sections and
 * panels only then).
 */
export function BoardProvider({ value, children }: { value: OpenBoard; children: ReactNode }) {
  const { boardId, board, abilities } = value;
  const open = useMemo(() => ({ boardId, board, abilities }), [boardId, board, abilities]);
  const { snapshot, actions } = board;
  const locale = snapshot?.meta.locale ?? 'en';
  const currency = snapshot?.meta.currency ?? 'USD';
  const numbers = useMemo(() => safeNumberFormats(locale, currency), [locale, currency]);
  const loaded = useMemo(
    () => (snapshot && actions ? { snapshot, actions, numbers } : null),
    [snapshot, actions, numbers],
  );
  return (
    <OpenBoardContext.Provider value={open}>
      <LoadedBoardContext.Provider value={loaded}>{children}</LoadedBoardContext.Provider>
    </OpenBoardContext.Provider>
  );
}

function useOpenBoard(): OpenBoard {
  const open = useContext(OpenBoardContext);
  if (!open) throw new Error('this component belongs inside a board page (BoardProvider)');
  return open;
}

/** The board as data, mutations and formats together, once loaded. */
export function useLoadedBoard(): LoadedBoard {
  const loaded = useContext(LoadedBoardContext);
  if (!loaded) throw new Error('this component needs the board loaded (render it only once the board has arrived)');
  return loaded;
}

/** The id of the board on screen. */
export const useBoardId = (): string => useOpenBoard().boardId;
/** The live board (connection, presence, history, notes, guarded actions: null until loaded). */
export const useLiveBoard = (): UseBoardResult => useOpenBoard().board;
/** The board as plain data, once loaded. */
export const useSnapshot = (): BoardSnapshot => useLoadedBoard().snapshot;
/** The board's named mutations, limited to what this user's role allows ([AUTH-10]). */
export const useActions = (): BoardActions => useLoadedBoard().actions;
/** Number, money and percent formats of the board's locale and currency. */
export const useNumbers = (): NumberFormats => useLoadedBoard().numbers;

/**
 * What this user may do on the board on screen, for controls deep in a section (cells, pickers). Outside
 * a board everything is editable.
 */
export const useAbilities = (): BoardAbilities => useContext(OpenBoardContext)?.abilities ?? OUTSIDE_A_BOARD;
