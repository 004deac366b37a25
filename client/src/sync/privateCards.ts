import {
  addMeasure,
  type Measure,
  type MeasureColumn,
  ModelError,
  moveMeasure,
  readPrivateCards,
  removeMeasure,
  updateMeasure,
} from '@balanza/model';
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { boardToken } from '../api/boards.ts';
import { reconnectWithJitter } from '../offline/reconnect.ts';
import { type ValueStore, valueStore } from './valueStore.ts';

type MeasurePatch = Parameters<typeof updateMeasure>[2];

/**
 * This member's private cards on one board ([MEMBER-5]): their private document, kept on this device
 * (IndexedDB, so it opens and takes cards offline) and synced with the server at `/sync/:board/drafts`,
 * which opens it for the member the token names and nobody else. The same measure mutations as the board.
 */
export interface PrivateCards {
  /** The cards, in order; a new array after each change. */
  cards: ValueStore<Measure[]>;
  /** Set when the server refused the document for good (close code 4400–4499) and why. */
  refused: ValueStore<{ code: number; reason: string } | null>;
  add(column: MeasureColumn, text: string): void;
  update(id: string, patch: MeasurePatch): void;
  move(id: string, column: MeasureColumn, index: number): void;
  remove(id: string): void;
  destroy(): void;
}

/** The sync endpoint's close code for a deleted board (see server/src/sync/peer.ts). */
const BOARD_DELETED = 4404;

const draftsPrefix = (boardId: string) => `balanza:drafts:${boardId}:`;
const localName = (boardId: string, memberId: string) => `${draftsPrefix(boardId)}${memberId}`;

/** Deletes every private document of a board kept on this device, whoever's member it was. */
export async function forgetLocalDrafts(boardId: string): Promise<void> {
  const databases = (await indexedDB.databases?.()) ?? [];
  const names = databases
    .map((database) => database.name ?? '')
    .filter((name) => name.startsWith(draftsPrefix(boardId)));
  await Promise.all(names.map((name) => clearDocument(name)));
}

function syncServerUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${protocol}://${window.location.host}/sync`;
}

/** Opens `memberId`'s private document on `boardId`; `destroy()` when done. */
export function openPrivateCards(boardId: string, memberId: string, onError: (error: Error) => void): PrivateCards {
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(localName(boardId, memberId), doc);
  const token = boardToken(boardId);
  const provider = new WebsocketProvider(syncServerUrl(), `${encodeURIComponent(boardId)}/drafts`, doc, {
    params: token ? { token } : {},
  });
  // Nobody else is on a private document: there is no one to show presence to.
  provider.awareness.setLocalState(null);
  const stopJitter = reconnectWithJitter(provider);
  const cards = valueStore<Measure[]>(readPrivateCards(doc));
  const refused = valueStore<{ code: number; reason: string } | null>(null);
  const onUpdate = () => cards.set(readPrivateCards(doc));
  doc.on('update', onUpdate);
  const onClosed = ({ code, reason }: { code: number; reason: string }) => {
    refused.set({ code, reason });
    // The board was deleted: so were its private documents; this device's copy goes too.
    if (code === BOARD_DELETED) void local.clearData();
  };
  provider.on('closed', onClosed);
  local.whenSynced.catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))));

  /** A refused change (a card a reveal just took) is told, not thrown. */
  const run = (change: () => unknown) => {
    try {
      change();
    } catch (error) {
      if (error instanceof ModelError) onError(error);
      else throw error;
    }
  };
  return {
    cards,
    refused,
    add: (column, text) => run(() => addMeasure(doc, { text, column, author: memberId })),
    update: (id, patch) => run(() => updateMeasure(doc, id, patch)),
    move: (id, column, index) => run(() => moveMeasure(doc, id, column, index)),
    remove: (id) => run(() => removeMeasure(doc, id)),
    destroy() {
      doc.off('update', onUpdate);
      provider.off('closed', onClosed);
      stopJitter();
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}
