import { pathToFileURL } from 'node:url';
import {
  addMeasure,
  addReply,
  addThread,
  initBoard,
  readBoard,
  updateGoal,
  updateSession,
  voteMeasure,
} from '@balanza/model';
import { checkUpdate } from '@balanza/server';
import * as Y from 'yjs';
import { percentile } from './stats.ts';

const MEMBER = 'ana-member';
const AUTHOR = { author: 'Ana', authorId: MEMBER, color: '#2f6fdf' };

export interface AuthorshipBenchResult {
  measures: number;
  threads: number;
  /** Median µs of the server's check of one update: the role check alone, and with the member's authorship check. */
  kinds: Array<{ kind: string; bytes: number; roleOnly: number; withAuthorship: number }>;
}

/** A board of `measures` voted cards and `threads` comment threads, as the server holds it. */
function busyBoard(measures: number, threads: number): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Bench', reviewedYear: 2026 }, 0);
  updateSession(doc, { measureVoteLimit: 99 });
  const goal = readBoard(doc).goals[0]?.id ?? '';
  for (let i = 0; i < measures; i++) {
    const id = addMeasure(doc, { text: `card ${i}`, column: 'keep', author: `member-${i % 7}` });
    voteMeasure(doc, id, `member-${i % 50}`, 1);
  }
  for (let i = 0; i < threads; i++)
    addThread(doc, { targetKind: 'goal', targetId: goal, text: `why ${i}?`, ...AUTHOR, authorId: `member-${i % 7}` });
  return doc;
}

/** The update one edit on a peer's copy sends, made against the board as the server holds it. */
function updateOf(board: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(board));
  const before = Y.encodeStateVector(peer);
  edit(peer);
  return Y.encodeStateAsUpdate(peer, before);
}

function microseconds(runs: number, check: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    check();
    times.push((performance.now() - start) * 1000);
  }
  return percentile(times, 50);
}

/**
 * What the server's check of one update costs on a busy board ([AUTH-5], [MEMBER-2], [MEMBER-3]): the role
 * check alone (what a connection without a member pays) and with the authorship and vote checks a member's
 * connection adds, for the updates a review session sends most. Neither applies the update, so each run sees
 * the same board.
 */
export function measureAuthorship(measures = 300, threads = 200, runs = 2000): AuthorshipBenchResult {
  const board = busyBoard(measures, threads);
  const snapshot = readBoard(board);
  const card = snapshot.measures[0]?.id ?? '';
  const thread = snapshot.comments[0]?.id ?? '';
  const goal = snapshot.goals[0]?.id ?? '';
  const edits: Array<[string, (doc: Y.Doc) => void]> = [
    ['goal figure', (doc) => updateGoal(doc, goal, { actual: 1234 })],
    ['comment reply', (doc) => addReply(doc, thread, { text: 'because', ...AUTHOR })],
    ['vote', (doc) => voteMeasure(doc, card, MEMBER, 1)],
    ['new card', (doc) => addMeasure(doc, { text: 'new', column: 'add', author: MEMBER })],
  ];
  const kinds = edits.map(([kind, edit]) => {
    const update = updateOf(board, edit);
    const decoded = () => Y.decodeUpdate(update);
    if (!checkUpdate('editor', board, decoded, MEMBER).ok) throw new Error(`the bench's ${kind} is refused`);
    return {
      kind,
      bytes: update.length,
      roleOnly: microseconds(runs, () => checkUpdate('editor', board, decoded, null)),
      withAuthorship: microseconds(runs, () => checkUpdate('editor', board, decoded, MEMBER)),
    };
  });
  return { measures, threads, kinds };
}

export const formatAuthorship = (r: AuthorshipBenchResult) =>
  `board of ${r.measures} voted cards and ${r.threads} threads, median per update (decode included): ` +
  r.kinds
    .map(
      (k) =>
        `${k.kind} (${k.bytes} B) role check ${k.roleOnly.toFixed(1)} µs, with authorship ${k.withAuthorship.toFixed(1)} µs`,
    )
    .join('; ');

// `tsx test/bench/authorship.ts` runs it alone; run.ts imports measureAuthorship/formatAuthorship.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`The server's check of one update:\n  ${formatAuthorship(measureAuthorship())}`);
}
