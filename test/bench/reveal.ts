import { pathToFileURL } from 'node:url';
import { addMeasure, MEASURE_COLUMNS, readBoard } from '@balanza/model';
import { connectClient, waitFor } from '../support/clients.ts';
import { startTestServer } from '../support/server.ts';
import { ms } from './stats.ts';

export interface RevealBenchResult {
  members: number;
  cardsEach: number;
  boardCards: number;
  /** `POST …/reveal` sent → answered (every private document read, the board's update stored, the drafts emptied). */
  answerMs: number;
  /** `POST …/reveal` sent → every revealed card on a connected board client. */
  arrivalMs: number;
  /** The one update the board received, in bytes. */
  updateBytes: number;
}

/**
 * The reveal of private writing ([MEMBER-5]) on the real server: `members` members, each with `cardsEach`
 * private cards written and then gone offline, revealed onto a board of `boardCards` measures.
 */
export async function measureReveal(members = 50, cardsEach = 10, boardCards = 300): Promise<RevealBenchResult> {
  const server = await startTestServer();
  try {
    const boardId = await server.createBoard({ title: 'Bench', reviewedYear: 2026 });
    const facilitator = server.tokenOf(boardId);
    const observer = connectClient(server.syncUrl, boardId);
    await observer.synced;
    for (let i = 0; i < boardCards; i++)
      addMeasure(observer.doc, { text: `Board card ${i}`, column: MEASURE_COLUMNS[i % 3] });
    for (let m = 0; m < members; m++) {
      const invited = await server.api(
        `/api/boards/${boardId}/members`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: `M${m}`, role: 'editor' }),
        },
        facilitator,
      );
      const { token } = (await invited.json()) as { token: string };
      const device = connectClient(server.syncUrl, `${boardId}/drafts`, undefined, token);
      await device.synced;
      for (let c = 0; c < cardsEach; c++)
        addMeasure(device.doc, {
          text: `Member ${m}, idea ${c}: a sentence of typical length`,
          column: MEASURE_COLUMNS[c % 3],
        });
      await new Promise((resolve) => setTimeout(resolve, 20));
      device.destroy();
    }
    await waitFor(() => readBoard(observer.doc).measures.length === boardCards, 'the board cards', 10_000);
    let updateBytes = 0;
    observer.doc.on('update', (update: Uint8Array) => {
      updateBytes += update.byteLength;
    });
    const expected = boardCards + members * cardsEach;
    const started = performance.now();
    const answer = await server.api(`/api/boards/${boardId}/reveal`, { method: 'POST' }, facilitator);
    const answerMs = performance.now() - started;
    if (answer.status !== 200) throw new Error(`reveal: ${answer.status} ${await answer.text()}`);
    await waitFor(() => readBoard(observer.doc).measures.length === expected, 'the revealed cards', 30_000);
    const arrivalMs = performance.now() - started;
    observer.destroy();
    return { members, cardsEach, boardCards, answerMs, arrivalMs, updateBytes };
  } finally {
    await server.dispose();
  }
}

export const formatReveal = (r: RevealBenchResult): string =>
  `${r.members} members × ${r.cardsEach} private cards onto ${r.boardCards}: answered in ${ms(r.answerMs)}, ` +
  `on a connected client in ${ms(r.arrivalMs)}, one update of ${Math.round(r.updateBytes / 1024)} KiB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  measureReveal().then(
    (result) => {
      console.log(formatReveal(result));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
