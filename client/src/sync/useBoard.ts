import type { BoardSnapshot, BoardStore, CollectionName, NoteDataNode, Section } from '@balanza/model';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { ApiError, getBoard } from '../api/boards.ts';
import { fetchMe } from '../api/members.ts';
import { type Identity, useJoinPending } from '../identity/identity.ts';
import { forgetDeviceBoard, rememberDeviceBoard } from '../offline/deviceBoards.ts';
import type { BoardActions } from './actions.ts';
import { type BoardConnection, openBoard } from './connection.ts';
import type { HistoryState } from './history.ts';
import type { NoteHandle } from './noteBinding.ts';
import type { Focus, Peer } from './presence.ts';
import { rememberServerRole } from './serverRoles.ts';
import { type ConnectionStatus, initialStatus } from './status.ts';
import type { ValueStore } from './valueStore.ts';

export interface UseBoardResult {
  /**
   * The board as plain data, or null until it is loaded (from this device or the server). Read it with
   * `useBoardPart`: a component then re-renders only when the part it reads changes, and the result
   * itself stays the same object across edits (so a context holding it wakes no one).
   */
  store: BoardStore | null;
  /** Named mutations bound to this board; null until the board is open. */
  actions: BoardActions | null;
  status: ConnectionStatus;
  /** Everyone on the board, this user first. */
  presence: Peer[];
  history: HistoryState & { undo(): void; redo(): void };
  /** The server does not know this board (deleted, or a wrong link). */
  missing: boolean;
  /** The server refuses this browser's link for the board (none, or revoked). */
  denied: boolean;
  /** Tells the others what this user has open (shown in their colour), or null. */
  setFocus(focus: Focus | null): void;
  /** A handle on an existing rich-text note for the note editor, or null. */
  note(key: string): NoteHandle | null;
  /** A live note as plain text, or null when there is none (see BoardConnection.noteText). */
  noteText(key: string): string | null;
  /** A live note as a plain tree, or null when there is none (see BoardConnection.noteData). */
  noteData(key: string): NoteDataNode[] | null;
  /** Subscribes to changes of any note; returns the unsubscribe. */
  watchNotes(listener: () => void): () => void;
  /** Whether the latest change to a record came from others (see BoardConnection.changedByOthers). */
  changedByOthers(collection: CollectionName, id: string): boolean;
}

const noop = () => {};
const never = () => noop;
const noPeers: Peer[] = [];
const noHistory: HistoryState = { canUndo: false, canRedo: false };
const noNote = () => null;
const notByOthers = () => false;

/**
 * One part of the loaded board, e.g. `useBoardPart(store, (board) => board.meta)`, or null until loaded.
 * `select` must return a value the store keeps while unchanged (a collection, meta, session, a field),
 * not a new object.
 */
export function useBoardPart<T>(store: BoardStore | null, select: (snapshot: BoardSnapshot) => T): T | null {
  return useSyncExternalStore(store?.subscribe ?? never, () => (store ? select(store.getSnapshot()) : null));
}

function useValue<T>(store: ValueStore<T> | undefined, fallback: T): T {
  return useSyncExternalStore(store?.subscribe ?? never, store?.get ?? (() => fallback));
}

/**
 * Opens a board for as long as the component is mounted: one Y.Doc, its IndexedDB copy, and a
 * WebSocket provider that connects once the server confirms the board exists (or cannot be
 * reached, in which case the local copy is used and the provider keeps retrying).
 *
 * @example
 * const { store, actions, status } = useBoard(boardId, { identity, section: 'goals', onError });
 * const goals = useBoardPart(store, (board) => board.goals);
 * actions?.updateGoal(goal.id, { actual: 1200 });
 */
export function useBoard(
  boardId: string,
  options: { identity: Identity | null; section: Section | null; onError: (error: Error) => void },
): UseBoardResult {
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  const [missing, setMissing] = useState(false);
  const [denied, setDenied] = useState(false);
  const onErrorRef = useRef(options.onError);
  onErrorRef.current = options.onError;
  // A role link not joined yet is not connected under ([MEMBER-7]): the page works from this device until the
  // join succeeds, then opens again as the member (see AsMember).
  const pendingNow = useJoinPending();
  const joinPending = useRef(pendingNow);

  useEffect(() => {
    const opened = openBoard(boardId, (error) => onErrorRef.current(error));
    setConnection(opened);
    setMissing(false);
    setDenied(false);
    let cancelled = false;
    getBoard(boardId).then(
      (answer) => {
        if (cancelled) return;
        if (answer.role) rememberServerRole(boardId, answer.role);
        if (!joinPending.current) opened.connect();
      },
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 404) {
          setMissing(true);
          forgetDeviceBoard(boardId);
          void opened.forget();
          return;
        }
        // No good token ([AUTH-2]): the copy on this device stays, but nothing more comes from the server.
        if (error instanceof ApiError && error.status === 401) {
          setDenied(true);
          return;
        }
        // Unreachable server: work from this device's copy; the provider retries in the background.
        if (!(error instanceof ApiError && error.kind === 'network'))
          onErrorRef.current(error instanceof Error ? error : new Error(String(error)));
        if (!joinPending.current) opened.connect();
      },
    );
    return () => {
      cancelled = true;
      opened.destroy();
      setConnection(null);
    };
  }, [boardId]);

  const { identity, section } = options;
  useEffect(() => {
    connection?.setPresence(identity ? { user: identity, section } : null);
  }, [connection, identity, section]);

  const loaded = useValue(connection?.loaded, false);
  const store = loaded ? (connection?.store ?? null) : null;
  const status = useValue(connection?.status, initialStatus);
  const presence = useValue(connection?.peers, noPeers);
  const historyState = useValue(connection?.history.state, noHistory);
  // The role as the server says it, asked again on each new connection: a role change closes the connection
  // (4501) and the page comes back with its new role ([MEMBER-6]).
  const connectedNow = status.state === 'connected';
  useEffect(() => {
    if (!connectedNow) return;
    let cancelled = false;
    fetchMe(boardId).then(
      (me) => !cancelled && rememberServerRole(boardId, me.role),
      () => undefined, // offline again, or refused: the connection's own state says so
    );
    return () => {
      cancelled = true;
    };
  }, [boardId, connectedNow]);

  // Deleted while open: the server closes with 4404 (see server/src/sync/room.ts).
  const deletedWhileOpen = status.refused?.code === 4404;
  useEffect(() => {
    if (!deletedWhileOpen) return;
    forgetDeviceBoard(boardId);
    void connection?.forget();
  }, [deletedWhileOpen, connection, boardId]);
  // Listed on the home page as "on this device" once its IndexedDB copy holds the board ([OFFLINE-3]).
  const meta = useBoardPart(store, (board) => board.meta);
  const keptOnDevice = status.savedLocally && !status.localSaveFailed;
  useEffect(() => {
    if (meta && keptOnDevice) rememberDeviceBoard(boardId, meta);
  }, [boardId, meta, keptOnDevice]);

  // The same object until the connection, its status, presence or history change: not on every edit.
  return useMemo(
    () => ({
      store,
      actions: connection?.actions ?? null,
      status,
      presence,
      history: { ...historyState, undo: connection?.history.undo ?? noop, redo: connection?.history.redo ?? noop },
      missing: missing || deletedWhileOpen,
      denied,
      setFocus: connection?.setFocus ?? noop,
      note: connection?.note ?? noNote,
      noteText: connection?.noteText ?? noNote,
      noteData: connection?.noteData ?? noNote,
      watchNotes: connection?.watchNotes ?? never,
      changedByOthers: connection?.changedByOthers ?? notByOthers,
    }),
    [store, connection, status, presence, historyState, missing, deletedWhileOpen, denied],
  );
}
