/**
 * Readers: the document as plain, validated snapshots. Bad values are written straight into the
 * Y.Maps here, as a peer with a bug (or an older/newer schema) would, and sent through an update.
 *
 * [MODEL-3] a value a peer wrote that does not fit the schema is reported in `problems` and in the item's
 *           `flags`, never thrown and never dropped; the field falls back to its default, the rest stays usable
 * [MODEL-6] cross-field rules a peer broke (an event ending before it starts, turnover as an input) are flagged on read
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COLLECTIONS, ROOT } from './keys.ts';
import { addEvent, addGoal, addLane, addLedgerLine, addMeasure, addThread, updateMeta } from './mutations.ts';
import { FIRST_ORDER_KEY } from './order.ts';
import { readBoard } from './read.ts';
import { goalSpec } from './records/goal.ts';
import { metaDefaults } from './records/meta.ts';

/** The document as another peer receives it. */
function received(doc: Y.Doc): Y.Doc {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  return peer;
}

const record = (doc: Y.Doc, collection: (typeof COLLECTIONS)[number], id: string) =>
  doc.getMap<Y.Map<unknown>>(collection).get(id) as Y.Map<unknown>;

describe('values a peer wrote that do not fit the schema', () => {
  const goalCases: Array<[string, string, unknown, unknown]> = [
    ['a string target', 'target', '1200', null],
    ['a NaN actual', 'actual', Number.NaN, null],
    ['an infinite last year', 'lastYear', Number.POSITIVE_INFINITY, null],
    ['an unknown kind', 'kind', 'revenue', 'custom'],
    ['an unknown unit', 'unit', 'euros', 'count'],
    ['an invalid order key', 'order', 'not-a-key', FIRST_ORDER_KEY],
    ['an object as a label', 'label', { en: 'Sales' }, ''],
    ['text over the limit', 'subjectiveCause', 'x'.repeat(20_001), ''],
  ];

  it.each(goalCases)(
    '[MODEL-3] %s in a goal is flagged and falls back to the default',
    (_what, field, bad, fallback) => {
      const doc = new Y.Doc();
      const id = addGoal(doc, { kind: 'sales', unit: 'money', label: 'Sales', target: 100, actual: 80, lastYear: 70 });
      record(doc, 'goals', id).set(field, bad);
      let board: ReturnType<typeof readBoard> | undefined;
      expect(() => {
        board = readBoard(received(doc));
      }).not.toThrow();
      const goal = board?.goals[0];
      expect(goal?.[field as keyof typeof goal]).toEqual(fallback);
      expect(Object.keys(goal?.flags ?? {})).toEqual([field]);
      expect(board?.problems).toEqual([{ collection: 'goals', id, field, message: expect.any(String) }]);
      // The rest of the record is still there.
      const good = { kind: 'sales', unit: 'money', label: 'Sales', target: 100, actual: 80, lastYear: 70 };
      const { [field]: _bad, ...rest } = good as Record<string, unknown>;
      expect(goal).toMatchObject(rest);
    },
  );

  it('[MODEL-3] a bad date and an unknown verdict in an event are flagged; the event stays usable', () => {
    const doc = new Y.Doc();
    const lane = addLane(doc, { label: 'Campaigns' });
    const id = addEvent(doc, { laneId: lane, title: 'Double 11', start: '2026-10-20', end: '2026-11-11', spend: 9 });
    record(doc, 'events', id).set('start', '2026-02-30');
    record(doc, 'events', id).set('verdict', 'epic');
    const board = readBoard(received(doc));
    expect(board.events[0]).toMatchObject({ title: 'Double 11', start: '1970-01-01', end: '2026-11-11' });
    expect(board.events[0]).toMatchObject({ verdict: 'unjudged', spend: 9 });
    expect(Object.keys(board.events[0]?.flags ?? {}).sort()).toEqual(['start', 'verdict']);
    expect(board.problems.map((p) => `${p.collection}/${p.field}`).sort()).toEqual(['events/start', 'events/verdict']);
  });

  it('[MODEL-3] a record that is not a map is listed with defaults and flagged as a whole', () => {
    const doc = new Y.Doc();
    addGoal(doc, { label: 'Sales' });
    doc.getMap(ROOT.goals).set('broken', { label: 'plain object, not a Y.Map' });
    doc.getMap(ROOT.measures).set('text', 'just a string');
    const board = readBoard(received(doc));
    expect(board.goals).toHaveLength(2);
    expect(board.goals.find((g) => g.id === 'broken')).toEqual({
      ...goalSpec.defaults,
      id: 'broken',
      flags: { '*': expect.any(String) },
    });
    expect(board.measures).toEqual([
      expect.objectContaining({ id: 'text', text: '', flags: { '*': expect.any(String) } }),
    ]);
    expect(board.problems.map((p) => [p.collection, p.id, p.field])).toEqual([
      ['goals', 'broken', '*'],
      ['measures', 'text', '*'],
    ]);
  });

  it('[MODEL-3] nested sets and counters of the wrong shape are flagged and read as empty', () => {
    const doc = new Y.Doc();
    const id = addMeasure(doc, { text: 'Bundles', goalIds: ['g1'], votes: { ana: 1 } });
    const measure = record(doc, 'measures', id);
    measure.set('goalIds', ['g1', 'g2']); // an array, not a nested Y.Map
    (measure.get('votes') as Y.Map<unknown>).set('bo', 'lots');
    const board = readBoard(received(doc));
    expect(board.measures[0]).toMatchObject({ text: 'Bundles', goalIds: [], votes: {} });
    expect(Object.keys(board.measures[0]?.flags ?? {}).sort()).toEqual(['goalIds', 'votes']);
  });

  it('[MODEL-3] a bad nested message is flagged; the good messages of the thread stay', () => {
    const doc = new Y.Doc();
    const id = addThread(
      doc,
      { targetKind: 'section', targetId: 'goals', text: 'First', author: 'Ana', authorId: 'ana', color: '#112233' },
      10,
    );
    const messages = record(doc, 'comments', id).get('messages') as Y.Map<unknown>;
    const bad = new Y.Map<unknown>();
    messages.set('bad1', bad);
    for (const [key, value] of Object.entries({ author: 'Bo', authorId: 'bo', color: 'blue', text: 'x', time: 20 }))
      bad.set(key, value);
    messages.set('bad2', 'not a message');
    const board = readBoard(received(doc));
    const thread = board.comments[0];
    expect(thread?.messages.map((m) => m.text)).toEqual(['First']);
    expect(thread?.flags?.messages).toMatch(/^bad\d: /);
    expect(
      board.problems
        .filter((p) => p.field === 'messages')
        .map((p) => p.message.split(':')[0])
        .sort(),
    ).toEqual(['bad1', 'bad2']);
  });

  it('[MODEL-3] a field missing from a record reads as its default, without a flag', () => {
    const doc = new Y.Doc();
    const partial = new Y.Map<unknown>();
    doc.getMap(ROOT.goals).set('old', partial);
    partial.set('label', 'From an older client');
    const board = readBoard(received(doc));
    expect(board.goals).toEqual([{ ...goalSpec.defaults, id: 'old', label: 'From an older client' }]);
    expect(board.problems).toEqual([]);
  });

  it('[MODEL-3] bad meta and session values are reported and fall back to defaults', () => {
    const doc = new Y.Doc();
    updateMeta(doc, { title: 'Review', currency: 'EUR' });
    doc.getMap(ROOT.meta).set('currency', 'EURO');
    doc.getMap(ROOT.meta).set('reviewedYear', 1800);
    doc.getMap(ROOT.session).set('phase', 'vote');
    doc.getMap(ROOT.session).set('locked', 'yes');
    const board = readBoard(received(doc));
    expect(board.meta).toMatchObject({
      title: 'Review',
      currency: metaDefaults.currency,
      reviewedYear: metaDefaults.reviewedYear,
    });
    expect(board.session).toMatchObject({ phase: 'write', locked: false });
    expect(board.problems.map((p) => `${p.collection}.${p.field}`).sort()).toEqual([
      'meta.currency',
      'meta.reviewedYear',
      'session.locked',
      'session.phase',
    ]);
  });

  it('[MODEL-6] cross-field rules a peer broke are flagged on read, values kept', () => {
    const doc = new Y.Doc();
    const lane = addLane(doc, { label: 'Campaigns' });
    const event = addEvent(doc, { laneId: lane, start: '2026-06-01', end: '2026-06-18' });
    const line = addLedgerLine(doc, { side: 'output', category: 'turnover' });
    record(doc, 'events', event).set('end', '2026-05-01');
    record(doc, 'ledger', line).set('side', 'input');
    const board = readBoard(received(doc));
    expect(board.events[0]).toMatchObject({ end: '2026-05-01', flags: { end: expect.stringMatching(/before/) } });
    expect(board.ledger[0]).toMatchObject({ side: 'input', flags: { side: expect.stringMatching(/output/) } });
  });
});

describe('readers never throw', () => {
  const anyValue = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 3, noNullPrototype: true }),
  );
  const fieldName = fc.constantFrom(
    ...['kind', 'label', 'unit', 'target', 'order', 'side', 'amount', 'month', 'laneId', 'start', 'end', 'verdict'],
    ...['tags', 'column', 'votes', 'goalIds', 'due', 'messages', 'resolved', 'createdAt', 'before', 'unknownField'],
  );

  it('[MODEL-3] any values written into any fields are read: every record listed, every flag reported', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...COLLECTIONS), fc.nat(2), fieldName, anyValue), { maxLength: 12 }),
        (writes) => {
          const doc = new Y.Doc();
          for (const [collection, n, field, value] of writes) {
            const root = doc.getMap<Y.Map<unknown>>(collection);
            const id = `r${n}`;
            if (!root.has(id)) root.set(id, new Y.Map());
            root.get(id)?.set(field, value);
          }
          const board = readBoard(received(doc));
          for (const collection of COLLECTIONS) {
            const items = board[collection] as Array<{ id: string; flags?: Record<string, string> }>;
            expect(items.map((item) => item.id).sort()).toEqual([...doc.getMap(collection).keys()].sort());
            for (const item of items)
              for (const field of Object.keys(item.flags ?? {}))
                expect(board.problems).toContainEqual(expect.objectContaining({ collection, id: item.id, field }));
          }
          // Every number a reader hands out is finite (a string field may well say "NaN").
          JSON.stringify(board, (_key, value) => {
            if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
            return value;
          });
        },
      ),
    );
  });
});
