import {
  addLedgerLine,
  addMeasure,
  addOutcome,
  readBoard,
  updateEvent,
  updateGoal,
  updateLedgerLine,
  updateMeasure,
  updateOutcome,
} from '@balanza/model';
import * as Y from 'yjs';
import { connectClient, type TestClient, waitFor } from '../support/clients.ts';
import { startTestServer } from '../support/server.ts';
import { ms, percentile } from './stats.ts';

export interface CatchupResult {
  edits: number;
  runs: number;
  /** Bytes the offline client had to send on reconnect (its missing state as one update). */
  updateBytes: number;
  median: number;
  min: number;
  max: number;
}

/** The clock of `clientId` in `doc`: how many of that client's items `doc` has. */
const clockOf = (doc: Y.Doc, clientId: number) => Y.decodeStateVector(Y.encodeStateVector(doc)).get(clientId) ?? 0;

/** Resolves once `doc` holds everything `clientId` wrote up to `clock`, checked on each update. */
function whenHas(doc: Y.Doc, clientId: number, clock: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (clockOf(doc, clientId) < clock) return;
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
    check();
  });
}

/** `edits` named mutations spread over goals, the ledger, outcomes, timeline events and measures. */
function editOffline(doc: Y.Doc, edits: number): void {
  const board = readBoard(doc);
  const goals = board.goals.map((goal) => goal.id);
  const events = board.events.map((event) => event.id);
  const ledger = [addLedgerLine(doc, { side: 'input', category: 'marketing', label: 'Offline spend' })];
  const outcomes = [addOutcome(doc, { label: 'Store level' })];
  const measures = [addMeasure(doc, { text: 'Written offline', column: 'add' })];
  for (let i = 0; i < edits; i++) {
    const pick = <T>(list: T[]) => list[i % list.length] as T;
    switch (i % 5) {
      case 0:
        updateGoal(doc, pick(goals), { actual: i });
        break;
      case 1:
        updateLedgerLine(doc, pick(ledger), { amount: i });
        break;
      case 2:
        updateOutcome(doc, pick(outcomes), { after: i });
        break;
      case 3:
        updateEvent(doc, pick(events), { spend: i });
        break;
      default:
        // A new measure now and then, so the catch-up carries new records, not only changed fields.
        if (i % 100 === 4) measures.push(addMeasure(doc, { text: `Measure ${i}`, column: 'keep' }));
        else updateMeasure(doc, pick(measures), { text: `Offline edit ${i}` });
    }
  }
}

/**
 * Catch-up after working offline: a Node client syncs a board, disconnects, makes `edits` edits with
 * the model's named mutations, and reconnects. Measured: from `connect()` until both the server's
 * copy and a second, connected client hold every one of those edits. Median of `runs` runs, each on
 * a fresh board of one real server (SQLite store).
 */
export async function measureCatchup(edits = 10_000, runs = 5): Promise<CatchupResult> {
  const server = await startTestServer();
  const samples: number[] = [];
  let updateBytes = 0;
  for (let run = 0; run < runs; run++) {
    const boardId = await server.createBoard();
    const offline: TestClient = connectClient(server.syncUrl, boardId);
    const observer: TestClient = connectClient(server.syncUrl, boardId);
    await Promise.all([offline.synced, observer.synced]);
    offline.provider.disconnect();
    await waitFor(() => !offline.provider.wsconnected, 'the offline client to disconnect');
    const serverVector = Y.encodeStateVector(observer.doc);
    editOffline(offline.doc, edits);
    updateBytes = Y.encodeStateAsUpdate(offline.doc, serverVector).byteLength;
    const room = await server.server.rooms.open(boardId);
    if (!room) throw new Error('the board did not load on the server');
    const clientId = offline.doc.clientID;
    const clock = clockOf(offline.doc, clientId);

    const started = performance.now();
    const arrived = Promise.all([whenHas(room.doc, clientId, clock), whenHas(observer.doc, clientId, clock)]);
    offline.provider.connect();
    await arrived;
    samples.push(performance.now() - started);

    offline.destroy();
    observer.destroy();
  }
  await server.dispose();
  return {
    edits,
    runs,
    updateBytes,
    median: percentile(samples, 50),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

export const formatCatchup = (r: CatchupResult) =>
  `${r.edits} offline edits (${(r.updateBytes / 1024).toFixed(1)} KiB to send), reconnect → server and another client have all: median ${ms(r.median)}  min ${ms(r.min)}  max ${ms(r.max)} (${r.runs} runs; target < 250 ms)`;
