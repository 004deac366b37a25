import {
  BOARD_MUTATIONS,
  type BoardMutationName,
  type BoardSnapshot,
  initBoard,
  ROLES,
  readBoard,
  refusalOfRoots,
  updateGoal,
  updateSession,
} from '@balanza/model';
import { checkUpdate, fillDemo, rootsTouched } from '@balanza/server';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

const M = BOARD_MUTATIONS;
const AUTHOR = { author: 'Ana', authorId: 'ana', color: '#123456' };

/** A board on the server as a client finds it: the demo board, with one goal changed since `version`. */
function serverBoard(locked: boolean) {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Review', reviewedYear: 2025 });
  fillDemo(doc);
  BOARD_MUTATIONS.addScenario.run(doc, 'Cautious');
  const version = readBoard(doc);
  updateGoal(doc, version.goals[0]?.id as string, { actual: 1 });
  if (locked) updateSession(doc, { locked: true });
  return { doc, version };
}

const first = <T>(items: T[]): T => {
  const item = items[0];
  if (item === undefined) throw new Error('the demo board lacks a record this fixture needs');
  return item;
};

/** One valid call of every named mutation on a board; the type makes a new mutation need one here. */
const CALLS: Record<BoardMutationName, (doc: Y.Doc, board: BoardSnapshot, version: BoardSnapshot) => unknown> = {
  updateMeta: (doc) => M.updateMeta.run(doc, { title: 'Renamed' }),
  updateSession: (doc) => M.updateSession.run(doc, { phase: 'discuss' }),

  addGoal: (doc) => M.addGoal.run(doc, { label: 'NPS' }),
  updateGoal: (doc, b) => M.updateGoal.run(doc, first(b.goals).id, { target: 5 }),
  removeGoal: (doc, b) => M.removeGoal.run(doc, first(b.goals).id),
  moveGoal: (doc, b) => M.moveGoal.run(doc, first(b.goals).id, 2),

  addLedgerLine: (doc) => M.addLedgerLine.run(doc, { label: 'Packaging' }),
  updateLedgerLine: (doc, b) => M.updateLedgerLine.run(doc, first(b.ledger).id, { amount: 10 }),
  removeLedgerLine: (doc, b) => M.removeLedgerLine.run(doc, first(b.ledger).id),
  moveLedgerLine: (doc, b) => M.moveLedgerLine.run(doc, first(b.ledger).id, 2),

  addOutcome: (doc) => M.addOutcome.run(doc, { label: 'Reviews' }),
  updateOutcome: (doc, b) => M.updateOutcome.run(doc, first(b.outcomes).id, { label: 'Stars' }),
  removeOutcome: (doc, b) => M.removeOutcome.run(doc, first(b.outcomes).id),
  moveOutcome: (doc, b) => M.moveOutcome.run(doc, first(b.outcomes).id, 1),

  addLane: (doc) => M.addLane.run(doc, { label: 'Live streams' }),
  updateLane: (doc, b) => M.updateLane.run(doc, first(b.lanes).id, { label: 'Festivals' }),
  removeLane: (doc) => M.removeLane.run(doc, M.addLane.run(doc, { label: 'empty' })),
  moveLane: (doc, b) => M.moveLane.run(doc, first(b.lanes).id, 1),

  addEvent: (doc, b) =>
    M.addEvent.run(doc, { laneId: first(b.lanes).id, title: 'Launch', start: '2025-04-01', end: '2025-04-02' }),
  updateEvent: (doc, b) => M.updateEvent.run(doc, first(b.events).id, { title: 'Spring sale' }),
  removeEvent: (doc, b) => M.removeEvent.run(doc, first(b.events).id),

  addMeasure: (doc) => M.addMeasure.run(doc, { text: 'More live streams', column: 'add' }),
  updateMeasure: (doc, b) => M.updateMeasure.run(doc, first(b.measures).id, { text: 'Fewer coupons' }),
  removeMeasure: (doc, b) => M.removeMeasure.run(doc, first(b.measures).id),
  moveMeasure: (doc, b) => M.moveMeasure.run(doc, first(b.measures).id, 'change', 0),
  revealMeasures: (doc, b) => {
    M.updateMeasure.run(doc, first(b.measures).id, { hidden: true });
    return M.revealMeasures.run(doc);
  },
  voteMeasure: (doc, b) => M.voteMeasure.run(doc, first(b.measures).id, 'ana', 1),

  setBoardGrowth: (doc) => M.setBoardGrowth.run(doc, 0.1),
  setPlanConversion: (doc) => M.setPlanConversion.run(doc, 0.03),
  setGoalGrowth: (doc, b) => M.setGoalGrowth.run(doc, first(b.goals).id, 0.2),
  setGoalMonth: (doc, b) => M.setGoalMonth.run(doc, first(b.goals).id, 3, 100, Array(12).fill(10)),
  setGoalYearTotal: (doc, b) => M.setGoalYearTotal.run(doc, first(b.goals).id, 1200),
  setLineBudget: (doc, b) => M.setLineBudget.run(doc, first(b.ledger).id, 500),
  setEventBudget: (doc, b) => M.setEventBudget.run(doc, first(b.events).id, 300),
  setPlanItem: (doc, b) => M.setPlanItem.run(doc, first(b.measures).id, { status: 'in-progress' }),

  addScenario: (doc) => M.addScenario.run(doc, 'Cautious'),
  renameScenario: (doc, b) => M.renameScenario.run(doc, first(b.scenarios).id, 'Push 618'),
  moveScenario: (doc, b) => M.moveScenario.run(doc, first(b.scenarios).id, 1),
  removeScenario: (doc, b) => M.removeScenario.run(doc, first(b.scenarios).id),
  setScenarioAssumption: (doc, b) =>
    M.setScenarioAssumption.run(doc, first(b.scenarios).id, { kind: 'growth', value: 0.1 }),
  adoptScenario: (doc, b) =>
    M.adoptScenario.run(doc, first(b.scenarios).id, {
      goalTargets: { [first(b.goals).id]: 1000 },
      lineBudgets: { [first(b.ledger).id]: 50 },
      eventBudgets: { [first(b.events).id]: 20 },
      eventTargets: { [first(b.events).id]: 200 },
    }),

  importRows: (doc, b) =>
    M.importRows.run(
      doc,
      'events',
      [
        { id: first(b.events).id, values: { actualGmv: 321 } },
        { id: null, values: { laneId: first(b.lanes).id, title: 'Imported', start: '2026-05-01', end: '2026-05-02' } },
      ],
      { actualGmv: 'GMV' },
    ),

  restoreItem: (doc, _b, version) => M.restoreItem.run(doc, 'goals', first(version.goals)),
  restoreSection: (doc, _b, version) => M.restoreSection.run(doc, 'goals', version),
  restoreNote: (doc) => {
    const source = new Y.Doc().getXmlFragment('note');
    source.insert(0, [new Y.XmlText('from a version')]);
    return M.restoreNote.run(doc, 'section:summary', source);
  },

  addThread: (doc, b) =>
    M.addThread.run(doc, { targetKind: 'goal', targetId: first(b.goals).id, text: 'why?', ...AUTHOR }),
  addReply: (doc, b) => M.addReply.run(doc, first(b.comments).id, { text: 'because', ...AUTHOR }),
  editMessage: (doc, b) => {
    const thread = first(b.comments).id;
    return M.editMessage.run(doc, thread, M.addReply.run(doc, thread, { text: 'typo', ...AUTHOR }), 'ana', 'fixed');
  },
  deleteMessage: (doc, b) => {
    const thread = first(b.comments).id;
    return M.deleteMessage.run(doc, thread, M.addReply.run(doc, thread, { text: 'oops', ...AUTHOR }), 'ana');
  },
  setThreadResolved: (doc, b) => M.setThreadResolved.run(doc, first(b.comments).id, true),
};

/** The update a client in sync with `server` sends when it runs the mutation `name`. */
function clientUpdate(server: Y.Doc, name: BoardMutationName, version: BoardSnapshot): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  CALLS[name](client, readBoard(client), version);
  return Y.encodeStateAsUpdate(client, before);
}

describe('[AUTH-10] the client refuses exactly what the server drops', () => {
  it('every named mutation has a call here', () => {
    expect(Object.keys(CALLS).sort()).toEqual(Object.keys(BOARD_MUTATIONS).sort());
  });

  for (const name of Object.keys(BOARD_MUTATIONS) as BoardMutationName[]) {
    it(`${name}: writes only the roots it declares, and every role and lock gets one answer from both sides`, () => {
      for (const locked of [false, true]) {
        const { doc: server, version } = serverBoard(locked);
        const update = clientUpdate(server, name, version);
        const touched = rootsTouched(server, Y.decodeUpdate(update));
        expect(touched, 'the update applies on the server').not.toBeNull();
        expect(touched?.size, 'the call changes the board').toBeGreaterThan(0);
        for (const root of touched ?? []) if (root !== '') expect(M[name].writes).toContain(root);

        for (const role of ROLES) {
          const clientRefusal = refusalOfRoots(role, M[name].writes, { locked });
          const serverVerdict = checkUpdate(role, server, () => Y.decodeUpdate(update));
          expect({ role, locked, allowed: serverVerdict.ok }).toEqual({
            role,
            locked,
            allowed: clientRefusal === null,
          });
        }
      }
    });
  }
});
