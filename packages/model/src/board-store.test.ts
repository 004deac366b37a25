/**
 * createBoardStore: the cached, live snapshot the UI reads through `useSyncExternalStore`.
 *
 * [MODEL-18] getSnapshot() returns the same object until the document changes; after a change only the changed
 *            collections and items get a new identity (the rest keep theirs)
 * [MODEL-19] listeners are called once per transaction that changes the snapshot, for local and remote changes
 *            (removals and nested changes included), and never after unsubscribe or destroy()
 * [MODEL-20] after any sequence of local, remote and badly-written changes, getSnapshot() deep-equals readBoard(doc)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardStore } from './board-store.ts';
import { ModelError } from './collection.ts';
import { ROOT } from './keys.ts';
import * as m from './mutations.ts';
import { readBoard } from './read.ts';
import { MEASURE_COLUMNS } from './records/measure.ts';
import { PHASES } from './records/session.ts';
import { initBoard } from './template/create.ts';

const ana = { author: 'Ana', authorId: 'ana', color: '#123456' };

function board() {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Review 2026', reviewedYear: 2026 }, 1000);
  const store = createBoardStore(doc);
  let calls = 0;
  store.subscribe(() => calls++);
  return { doc, store, calls: () => calls };
}

describe('createBoardStore', () => {
  it('[MODEL-18] getSnapshot() returns the same object while nothing changes, even after a no-op mutation', () => {
    const { doc, store, calls } = board();
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    expect(first).toEqual(readBoard(doc));
    const goal = first.goals[0];
    m.updateGoal(doc, goal?.id ?? '', { label: goal?.label ?? '' }); // same value: nothing is written
    expect(calls()).toBe(0);
    expect(store.getSnapshot()).toBe(first);
  });

  it('[MODEL-18] after one goal changes, only the goals array and that goal get a new identity', () => {
    const { doc, store } = board();
    const before = store.getSnapshot();
    const [first, second, ...rest] = before.goals;
    m.updateGoal(doc, second?.id ?? '', { target: 500 });
    const after = store.getSnapshot();
    expect(after).not.toBe(before);
    expect(after.goals).not.toBe(before.goals);
    expect(after.goals[1]).not.toBe(second);
    expect(after.goals[1]).toMatchObject({ id: second?.id, target: 500 });
    expect(after.goals[0]).toBe(first);
    expect(after.goals.slice(2)).toHaveLength(rest.length);
    for (const [i, goal] of after.goals.slice(2).entries()) expect(goal).toBe(rest[i]);
    for (const key of ['ledger', 'outcomes', 'lanes', 'events', 'measures', 'comments', 'meta', 'session'] as const)
      expect(after[key], key).toBe(before[key]);
  });

  it('[MODEL-18] a nested change (a reply) renews only that thread', () => {
    const { doc, store } = board();
    const a = m.addThread(doc, { targetKind: 'section', targetId: 'goals', text: 'A', ...ana }, 1);
    m.addThread(doc, { targetKind: 'section', targetId: 'ledger', text: 'B', ...ana }, 2);
    const before = store.getSnapshot();
    m.addReply(doc, a, { text: 'reply', ...ana }, 3);
    const after = store.getSnapshot();
    expect(after.comments[0]?.messages.map((message) => message.text)).toEqual(['A', 'reply']);
    expect(after.comments[1]).toBe(before.comments[1]);
    expect(after.goals).toBe(before.goals);
  });

  it('[MODEL-19] listeners are called once per transaction', () => {
    const { doc, store, calls } = board();
    const lane = store.getSnapshot().lanes[0]?.id ?? '';
    m.addEvent(doc, { laneId: lane, title: 'Launch', start: '2026-04-01', end: '2026-04-02' });
    expect(calls()).toBe(1);
    doc.transact(() => {
      m.addGoal(doc, { label: 'NPS' });
      m.addMeasure(doc, { text: 'More lives' });
      m.updateSession(doc, { phase: 'discuss' });
    });
    expect(calls()).toBe(2);
    // A change outside the snapshot (a note's rich text) does not notify.
    doc
      .getMap<Y.XmlFragment>(ROOT.notes)
      .get('section:goals')
      ?.insert(0, [new Y.XmlText('hi')]);
    expect(calls()).toBe(2);
  });

  it('[MODEL-19] remote changes and removals are seen', () => {
    const { doc, store, calls } = board();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const goal = store.getSnapshot().goals[0]?.id ?? '';
    m.updateGoal(peer, goal, { actual: 42 });
    m.addMeasure(peer, { text: 'Remote idea', column: 'add' });
    m.updateMeta(peer, { title: 'Renamed' });
    const sent = Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc));
    Y.applyUpdate(doc, sent);
    expect(calls()).toBe(1);
    const snapshot = store.getSnapshot();
    expect(snapshot.goals[0]?.actual).toBe(42);
    expect(snapshot.measures.map((measure) => measure.text)).toEqual(['Remote idea']);
    expect(snapshot.meta.title).toBe('Renamed');

    m.removeGoal(peer, goal);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    expect(store.getSnapshot().goals.map((g) => g.id)).not.toContain(goal);
    const outcome = snapshot.outcomes[0]?.id ?? '';
    m.removeOutcome(doc, outcome);
    expect(store.getSnapshot().outcomes.map((o) => o.id)).not.toContain(outcome);
    expect(calls()).toBe(3);
    expect(store.getSnapshot()).toEqual(readBoard(doc));
  });

  it('[MODEL-19] no notification after unsubscribe or destroy()', () => {
    const { doc, store, calls } = board();
    let other = 0;
    const unsubscribe = store.subscribe(() => other++);
    m.addGoal(doc, { label: 'one' });
    unsubscribe();
    m.addGoal(doc, { label: 'two' });
    expect([calls(), other]).toEqual([2, 1]);
    store.destroy();
    m.addGoal(doc, { label: 'three' });
    m.updateMeta(doc, { title: 'After destroy' });
    expect(calls()).toBe(2);
  });
});

type Doc = Y.Doc;
const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(1, items.length)];
const ids = (doc: Doc, name: 'goals' | 'lanes' | 'events' | 'measures' | 'comments') =>
  readBoard(doc)[name].map((item) => item.id);

/** One random change to a doc; `n` picks the record, `v` is a value. */
const changes: Array<(doc: Doc, n: number, v: number) => void> = [
  (doc, _n, v) => m.addGoal(doc, { label: `g${v}`, target: v }, { index: v % 4 }),
  (doc, n, v) =>
    m.updateGoal(doc, pick(ids(doc, 'goals'), n) ?? '', { actual: v, direction: v % 2 ? 'lower' : 'higher' }),
  (doc, n, v) => m.moveGoal(doc, pick(ids(doc, 'goals'), n) ?? '', v % 5),
  (doc, n) => m.removeGoal(doc, pick(ids(doc, 'goals'), n) ?? ''),
  (doc, _n, v) => m.addLane(doc, { label: `lane ${v}` }),
  (doc, n, v) =>
    m.addEvent(doc, { laneId: pick(ids(doc, 'lanes'), n) ?? '', start: `2026-0${1 + (v % 9)}-01`, end: '2026-12-31' }),
  (doc, n, v) => m.updateEvent(doc, pick(ids(doc, 'events'), n) ?? '', { tags: v % 2 ? ['a', 'b'] : ['c'], spend: v }),
  (doc, n) => m.removeEvent(doc, pick(ids(doc, 'events'), n) ?? ''),
  (doc, n) => m.removeLane(doc, pick(ids(doc, 'lanes'), n) ?? ''),
  (doc, _n, v) => m.addMeasure(doc, { text: `m${v}`, column: MEASURE_COLUMNS[v % 3] }),
  (doc, n, v) => m.moveMeasure(doc, pick(ids(doc, 'measures'), n) ?? '', MEASURE_COLUMNS[v % 3] ?? 'keep', v % 3),
  (doc, n, v) => m.updateMeasure(doc, pick(ids(doc, 'measures'), n) ?? '', { votes: { [`p${v % 3}`]: v % 5 } }),
  (doc, n) => m.removeMeasure(doc, pick(ids(doc, 'measures'), n) ?? ''),
  (doc, _n, v) => m.addThread(doc, { targetKind: 'section', targetId: 'goals', text: `t${v}`, ...ana }, v),
  (doc, n, v) => m.addReply(doc, pick(ids(doc, 'comments'), n) ?? '', { text: `r${v}`, ...ana }, v),
  (doc, n, v) => m.setThreadResolved(doc, pick(ids(doc, 'comments'), n) ?? '', v % 2 === 0),
  (doc, _n, v) => m.updateMeta(doc, { title: `Board ${v}` }),
  (doc, _n, v) => m.updateSession(doc, { phase: PHASES[v % 3] }),
  // A peer writes a value that does not fit the schema.
  (doc, n, v) =>
    doc
      .getMap<Y.Map<unknown>>(ROOT.goals)
      .get(pick(ids(doc, 'goals'), n) ?? '')
      ?.set('target', `bad ${v}`),
  (doc, _n, v) => doc.getMap(ROOT.session).set('phase', `phase ${v}`),
];

describe('createBoardStore against readBoard', () => {
  it('[MODEL-20] after any sequence of changes, getSnapshot() deep-equals readBoard(doc)', () => {
    const step = fc.record({
      change: fc.nat(changes.length - 1),
      onPeer: fc.boolean(),
      sync: fc.boolean(),
      look: fc.boolean(),
      n: fc.nat(9),
      v: fc.nat(99),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const doc = new Y.Doc();
        initBoard(doc, { title: 'Review', reviewedYear: 2026 }, 1000);
        const peer = new Y.Doc();
        Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
        const store = createBoardStore(doc);
        for (const { change, onPeer, sync, look, n, v } of steps) {
          try {
            changes[change]?.(onPeer ? peer : doc, n, v);
          } catch (error) {
            if (!(error instanceof ModelError)) throw error; // e.g. a lane that still has events
          }
          if (sync) {
            Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
            Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)));
          }
          if (look) expect(store.getSnapshot()).toEqual(readBoard(doc));
        }
        expect(store.getSnapshot()).toEqual(readBoard(doc));
        store.destroy();
      }),
      { numRuns: 60 },
    );
  });
});

describe('createBoardStore on a large board', () => {
  it('[MODEL-20] with 40 measures and events, a few changes at a time (updated in place) still deep-equal readBoard(doc)', () => {
    const step = fc.record({ change: fc.nat(changes.length - 1), onPeer: fc.boolean(), n: fc.nat(39), v: fc.nat(99) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => {
        const doc = new Y.Doc();
        initBoard(doc, { title: 'Review', reviewedYear: 2026 }, 1000);
        const laneId = readBoard(doc).lanes[0]?.id ?? '';
        for (let i = 0; i < 40; i++) {
          m.addMeasure(doc, { text: `m${i}`, column: MEASURE_COLUMNS[i % 3] });
          m.addEvent(doc, { laneId, title: `e${i}`, start: `2026-0${1 + (i % 9)}-1${i % 10}`, end: '2026-12-01' });
        }
        const peer = new Y.Doc();
        Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
        const store = createBoardStore(doc);
        store.getSnapshot();
        for (const { change, onPeer, n, v } of steps) {
          try {
            changes[change]?.(onPeer ? peer : doc, n, v);
          } catch (error) {
            if (!(error instanceof ModelError)) throw error;
          }
          Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
          Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)));
          expect(store.getSnapshot()).toEqual(readBoard(doc));
        }
      }),
      { numRuns: 60 },
    );
  });
});
