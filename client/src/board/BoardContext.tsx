import { abilitiesOf, type BoardSnapshot, type BoardStore } from '@balanza/model';
import { createContext, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react';
import { type NumberFormats, safeNumberFormats } from '../i18n/numbers.ts';
import type { BoardActions } from '../sync/actions.ts';
import { type UseBoardResult, useBoardPart as useStorePart } from '../sync/useBoard.ts';
import type { BoardAbilities } from './useRole.ts';

/** The open board as every part of its page sees it, loaded or not. */
interface OpenBoard {
  boardId: string;
  /** The live board: connection, presence, history, notes; its actions already guarded by the role. */
  board: UseBoardResult;
  abilities: BoardAbilities;
}

/**
 * What a section needs once the board is loaded: its data, its named mutations and its number formats.
 * The data is the store, not a snapshot, so this value stays the same across edits: an edit re-renders
 * the components that read the data (`useSnapshot`, `useBoardPart`), not every user of actions or formats.
 */
interface LoadedBoard {
  store: BoardStore;
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
  const { store, actions } = board;
  const locale = useStorePart(store, (data) => data.meta.locale) ?? 'en';
  const currency = useStorePart(store, (data) => data.meta.currency) ?? 'USD';
  const numbers = useMemo(() => safeNumberFormats(locale, currency), [locale, currency]);
  const loaded = useMemo(() => (store && actions ? { store, actions, numbers } : null), [store, actions, numbers]);
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

function useLoadedBoard(): LoadedBoard {
  const loaded = useContext(LoadedBoardContext);
  if (!loaded) throw new Error('this component needs the board loaded (render it only once the board has arrived)');
  return loaded;
}

/** The id of the board on screen. */
export const useBoardId = (): string => useOpenBoard().boardId;
/** The live board (connection, presence, history, notes, guarded actions: null until loaded). */
export const useLiveBoard = (): UseBoardResult => useOpenBoard().board;
/**
 * The board as plain data, once loaded; the component re-renders on every edit. Rows and cards take
 * their item as a prop instead, so an edit re-renders only the item it changed.
 */
export function useSnapshot(): BoardSnapshot {
  const { store } = useLoadedBoard();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
/**
 * One part of the board, or null until it is loaded (for the frame around the sections): re-renders
 * only when that part changes. `select` returns a part the store keeps while unchanged, e.g.
 * `(board) => board.comments`.
 */
export const useBoardPart = <T,>(select: (snapshot: BoardSnapshot) => T): T | null =>
  useStorePart(useOpenBoard().board.store, select);
/** The board's named mutations, limited to what this user's role allows ([AUTH-10]). */
export const useActions = (): BoardActions => useLoadedBoard().actions;
/** Number, money and percent formats of the board's locale and currency. */
export const useNumbers = (): NumberFormats => useLoadedBoard().numbers;

/**
 * What this user may do on the board on screen, for controls deep in a section (cells, pickers). Outside
 * a board everything is editable.
 */
export const useAbilities = (): BoardAbilities => useContext(OpenBoardContext)?.abilities ?? OUTSIDE_A_BOARD;
