import {
  type BoardStore,
  createBoardStore,
  getNote,
  isBoard,
  type NoteDataNode,
  noteText,
  noteToData,
  ROOT,
} from '@balanza/model';
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import { removeAwarenessStates } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { boardToken } from '../api/boards.ts';
import { watchLocalSaves } from '../offline/localSaveErrors.ts';
import { reconnectWithJitter } from '../offline/reconnect.ts';
import { type BoardActions, createBoardActions } from './actions.ts';
import { type ChangeOrigins, trackChangeOrigins } from './changeOrigins.ts';
import { createHistory, type HistoryState } from './history.ts';
import { type NoteHandle, noteHandle } from './noteBinding.ts';
import { type Focus, type LocalPresence, type Peer, publishPresence, trackPresence } from './presence.ts';
import { forgetLocalDrafts } from './privateCards.ts';
import { type ConnectionStatus, trackStatus } from './status.ts';
import { type ValueStore, valueStore } from './valueStore.ts';

/** Everything one open board needs: the only module that creates Yjs objects and providers. */
export interface BoardConnection {
  store: BoardStore;
  actions: BoardActions;
  status: ValueStore<ConnectionStatus>;
  /** True once the document holds a board, from this device's copy or from the server. */
  loaded: ValueStore<boolean>;
  peers: ValueStore<Peer[]>;
  history: { state: ValueStore<HistoryState>; undo(): void; redo(): void };
  /** Publishes (or, with null, withdraws) this user's presence. */
  setPresence(presence: LocalPresence | null): void;
  /** Publishes what this user has open (an event…), or null; kept across `setPresence` calls. */
  setFocus(focus: Focus | null): void;
  /** A handle on an existing rich-text note (`eventNoteKey(id)`), or null: notes are never created here. */
  note(key: string): NoteHandle | null;
  /** A note as plain text (for comparing with a version), or null when there is no such note. */
  noteText(key: string): string | null;
  /** A note as a plain tree (to show it read-only, as the report does), or null when there is no such note. */
  noteData(key: string): NoteDataNode[] | null;
  /** Calls `listener` after any change to any note (typing included); returns the unsubscribe. */
  watchNotes(listener: () => void): () => void;
  /** Whether the latest change to a record came from others, through the server (see ChangeOrigins). */
  changedByOthers: ChangeOrigins['byOthers'];
  /** Starts syncing with the server (after the caller has checked that the board exists). */
  connect(): void;
  /** Stops and forgets this board's copy on this device (the board was deleted). */
  forget(): Promise<void>;
  destroy(): void;
}

const localName = (boardId: string) => `balanza:board:${boardId}`;

/** Deletes the copy of a board kept on this device, and the private documents of its members kept here. */
export const forgetLocalBoard = async (boardId: string): Promise<void> => {
  await clearDocument(localName(boardId));
  await forgetLocalDrafts(boardId);
};

function syncServerUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${protocol}://${window.location.host}/sync`;
}

/**
 * Opens a board: a Y.Doc kept in IndexedDB (so it opens offline) and a y-websocket provider that
 * connects when `connect()` is called. Call `destroy()` when done.
 */
export function openBoard(boardId: string, onError: (error: Error) => void): BoardConnection {
  const doc = new Y.Doc();
  const store = createBoardStore(doc);
  const local = new IndexeddbPersistence(localName(boardId), doc);
  // The share-link token rides as `?token=` (the server refuses the upgrade without a good one).
  const token = boardToken(boardId);
  const provider = new WebsocketProvider(syncServerUrl(), boardId, doc, {
    connect: false,
    params: token ? { token } : {},
  });
  const { awareness } = provider;
  awareness.setLocalState(null);

  const tracked = trackStatus(provider);
  const stopJitter = reconnectWithJitter(provider);
  // Storage full or IndexedDB refused: the badge says so ([OFFLINE-6]); the edit itself still syncs.
  const stopSaveWatch = watchLocalSaves(local, (error) => {
    tracked.status.set({ ...tracked.status.get(), localSaveFailed: true });
    onError(error);
  });
  local.whenSynced.then(
    () => tracked.status.set({ ...tracked.status.get(), savedLocally: true }),
    (error: unknown) => onError(error instanceof Error ? error : new Error(String(error))),
  );

  const loaded = valueStore(isBoard(doc));
  const onUpdate = () => loaded.set(isBoard(doc));
  doc.on('update', onUpdate);

  const presence = trackPresence(awareness);
  // What the server relays arrives with the provider as origin: others' changes, never this page's own.
  const origins = trackChangeOrigins(doc, (origin) => origin === provider);
  const history = createHistory(doc);
  // Tell peers right away when the tab closes, instead of after awareness times out (30 s).
  const onPageHide = () => removeAwarenessStates(awareness, [doc.clientID], 'page hidden');
  window.addEventListener('pagehide', onPageHide);

  const handles = new WeakMap<object, NoteHandle>();
  let presenceNow: LocalPresence | null = null;
  let focusNow: Focus | null = null;
  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    window.removeEventListener('pagehide', onPageHide);
    doc.off('update', onUpdate);
    presence.stop();
    origins.stop();
    tracked.stop();
    stopJitter();
    stopSaveWatch();
    history.destroy();
    store.destroy();
    provider.destroy();
    awareness.destroy();
    void local.destroy();
    doc.destroy();
  };

  return {
    store,
    actions: createBoardActions(doc, onError),
    status: tracked.status,
    loaded,
    peers: presence.peers,
    history,
    setPresence: (next) => {
      presenceNow = next;
      if (next) publishPresence(awareness, { ...next, focus: focusNow });
      else awareness.setLocalState(null);
    },
    setFocus: (focus) => {
      focusNow = focus;
      if (presenceNow) publishPresence(awareness, { ...presenceNow, focus });
    },
    note: (key) => {
      const fragment = getNote(doc, key);
      if (!fragment) return null;
      // One handle per fragment, so editors keyed on it are not rebuilt on every render.
      const cached = handles.get(fragment) ?? noteHandle({ key, fragment, awareness });
      handles.set(fragment, cached);
      return cached;
    },
    noteText: (key) => {
      const fragment = getNote(doc, key);
      return fragment ? noteText(fragment) : null;
    },
    noteData: (key) => {
      const fragment = getNote(doc, key);
      return fragment ? noteToData(fragment) : null;
    },
    watchNotes: (listener) => {
      const notes = doc.getMap(ROOT.notes);
      notes.observeDeep(listener);
      return () => notes.unobserveDeep(listener);
    },
    changedByOthers: origins.byOthers,
    connect: () => {
      if (!destroyed) provider.connect();
    },
    forget: async () => {
      destroy();
      await forgetLocalBoard(boardId);
    },
    destroy,
  };
}
