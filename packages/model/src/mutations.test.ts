/**
 * Named mutations of the board model (comment threads are in comments.test.ts).
 *
 * [MODEL-1] every named mutation runs in ONE transaction whose origin is a `MutationOrigin` carrying its name
 * [MODEL-2] bad input throws a `ModelError` naming the record and field (`goal.target`) and leaves the document unchanged
 * [MODEL-4] a mutation on an id that does not exist throws a `ModelError`
 * [MODEL-5] an update writes only the fields in its patch, so concurrent edits of other fields of the record survive
 * [MODEL-6] cross-field rules (an event does not end before it starts; turnover is an output) are refused on write
 * [MODEL-7] a lane that still has events cannot be removed
 * [MODEL-8] an event needs an existing lane; adding it creates its rich-text note in the same transaction
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eventNoteKey } from './keys.ts';
import {
  addEvent,
  addGoal,
  addLane,
  addLedgerLine,
  addMeasure,
  addOutcome,
  moveGoal,
  moveLane,
  moveLedgerLine,
  moveMeasure,
  moveOutcome,
  removeEvent,
  removeGoal,
  removeLane,
  removeLedgerLine,
  removeMeasure,
  removeOutcome,
  updateEvent,
  updateGoal,
  updateLane,
  updateLedgerLine,
  updateMeasure,
  updateMeta,
  updateOutcome,
  updateSession,
} from './mutations.ts';
import { MutationOrigin } from './origin.ts';
import { getNote, readBoard } from './read.ts';
import { originsOf, refused } from './test-helpers.ts';

/** A document holding one record of every collection, so every mutation has something to act on. */
function fixture() {
  const doc = new Y.Doc();
  const goal = addGoal(doc, { kind: 'sales', unit: 'money', label: 'Sales', target: 100 });
  const line = addLedgerLine(doc, { side: 'input', category: 'labour', label: 'Labour', amount: 10 });
  const outcome = addOutcome(doc, { kind: 'storeLevel', label: 'Store level', unit: 'level' });
  const lane = addLane(doc, { kind: 'campaigns', label: 'Campaigns' });
  const emptyLane = addLane(doc, { kind: 'brand', label: 'Brand' });
  const event = addEvent(doc, { laneId: lane, title: '618', start: '2026-06-01', end: '2026-06-18' });
  const measure = addMeasure(doc, { text: 'Keep live streams', column: 'keep' });
  return { doc, goal, line, outcome, lane, emptyLane, event, measure };
}

describe('named mutations', () => {
  const cases: Array<[string, (f: ReturnType<typeof fixture>) => unknown]> = [
    ['addGoal', (f) => addGoal(f.doc, { label: 'Profit' })],
    ['updateGoal', (f) => updateGoal(f.doc, f.goal, { actual: 90, subjectiveCause: 'late stock' })],
    ['removeGoal', (f) => removeGoal(f.doc, f.goal)],
    ['moveGoal', (f) => moveGoal(f.doc, f.goal, 0)],
    ['addLedgerLine', (f) => addLedgerLine(f.doc, { side: 'output', category: 'turnover' })],
    ['updateLedgerLine', (f) => updateLedgerLine(f.doc, f.line, { amount: 12, month: 3 })],
    ['removeLedgerLine', (f) => removeLedgerLine(f.doc, f.line)],
    ['moveLedgerLine', (f) => moveLedgerLine(f.doc, f.line, 0)],
    ['addOutcome', (f) => addOutcome(f.doc, { label: 'Credit', before: 1, after: 2 })],
    ['updateOutcome', (f) => updateOutcome(f.doc, f.outcome, { before: 3, after: 4 })],
    ['removeOutcome', (f) => removeOutcome(f.doc, f.outcome)],
    ['moveOutcome', (f) => moveOutcome(f.doc, f.outcome, 0)],
    ['addLane', (f) => addLane(f.doc, { label: 'Lives' })],
    ['updateLane', (f) => updateLane(f.doc, f.lane, { label: 'Platform campaigns' })],
    ['removeLane', (f) => removeLane(f.doc, f.emptyLane)],
    ['moveLane', (f) => moveLane(f.doc, f.emptyLane, 0)],
    ['addEvent', (f) => addEvent(f.doc, { laneId: f.lane, title: 'D11', start: '2026-10-20', end: '2026-11-11' })],
    ['updateEvent', (f) => updateEvent(f.doc, f.event, { actualGmv: 5000, verdict: 'highlight', tags: ['live'] })],
    ['removeEvent', (f) => removeEvent(f.doc, f.event)],
    ['addMeasure', (f) => addMeasure(f.doc, { text: 'Add a loyalty club', column: 'add' })],
    ['updateMeasure', (f) => updateMeasure(f.doc, f.measure, { owner: 'Ana', votes: { ana: 2 } })],
    ['removeMeasure', (f) => removeMeasure(f.doc, f.measure)],
    ['moveMeasure', (f) => moveMeasure(f.doc, f.measure, 'change', 0)],
    ['updateMeta', (f) => updateMeta(f.doc, { title: 'Review 2026', currency: 'EUR' })],
    ['updateSession', (f) => updateSession(f.doc, { phase: 'discuss', timerEndsAt: 1000, locked: true })],
  ];

  it.each(cases)('[MODEL-1] %s runs in one transaction tagged with its name', (name, run) => {
    const f = fixture();
    const origins = originsOf(f.doc, () => run(f));
    expect(origins).toHaveLength(1);
    expect(origins[0]).toBeInstanceOf(MutationOrigin);
    expect((origins[0] as MutationOrigin).mutation).toBe(name);
  });

  it('[MODEL-1] the effects of goal, ledger and outcome mutations are read back', () => {
    const f = fixture();
    updateGoal(f.doc, f.goal, { actual: 90, lastYear: 80, objectiveCause: 'rain', judgement: 'rain covers' });
    updateLedgerLine(f.doc, f.line, { amount: 12, month: 3 });
    updateOutcome(f.doc, f.outcome, { before: 3, after: 4 });
    const board = readBoard(f.doc);
    expect(board.goals).toEqual([
      expect.objectContaining({
        id: f.goal,
        kind: 'sales',
        target: 100,
        actual: 90,
        lastYear: 80,
        objectiveCause: 'rain',
        judgement: 'rain covers',
      }),
    ]);
    expect(board.ledger[0]).toMatchObject({ id: f.line, category: 'labour', amount: 12, month: 3 });
    expect(board.outcomes[0]).toMatchObject({ id: f.outcome, unit: 'level', before: 3, after: 4 });
    removeGoal(f.doc, f.goal);
    removeLedgerLine(f.doc, f.line);
    removeOutcome(f.doc, f.outcome);
    const after = readBoard(f.doc);
    expect([after.goals, after.ledger, after.outcomes]).toEqual([[], [], []]);
    expect(after.problems).toEqual([]);
  });

  it('[MODEL-1] the effects of event, measure, meta and session mutations are read back', () => {
    const f = fixture();
    updateEvent(f.doc, f.event, { actualGmv: 5000, spend: 800, verdict: 'highlight', tags: ['live', 'bundle'] });
    updateMeasure(f.doc, f.measure, { owner: 'Ana', due: '2027-Q2', goalIds: [f.goal], votes: { ana: 2 } });
    updateMeta(f.doc, { title: 'Review 2026', currency: 'EUR', locale: 'es' });
    updateSession(f.doc, { phase: 'decide', focusSection: 'measures', focusAt: 5 });
    const board = readBoard(f.doc);
    expect(board.events[0]).toMatchObject({
      actualGmv: 5000,
      spend: 800,
      verdict: 'highlight',
      tags: ['bundle', 'live'],
    });
    expect(board.measures[0]).toMatchObject({ owner: 'Ana', due: '2027-Q2', goalIds: [f.goal], votes: { ana: 2 } });
    expect(board.meta).toMatchObject({ title: 'Review 2026', currency: 'EUR', locale: 'es' });
    expect(board.session).toMatchObject({ phase: 'decide', focusSection: 'measures', focusAt: 5, locked: false });
    // Sets and counters are replaced as a whole by an update: an id left out is removed.
    updateMeasure(f.doc, f.measure, { votes: { bo: 1 }, goalIds: [] });
    expect(readBoard(f.doc).measures[0]).toMatchObject({ votes: { bo: 1 }, goalIds: [] });
    removeEvent(f.doc, f.event);
    removeMeasure(f.doc, f.measure);
    expect(readBoard(f.doc)).toMatchObject({ events: [], measures: [], problems: [] });
  });
});

describe('bad input', () => {
  const badInputs: Array<[string, string, (f: ReturnType<typeof fixture>) => unknown]> = [
    ['a string target', 'goal.target', (f) => updateGoal(f.doc, f.goal, { target: '100' as never })],
    ['a NaN actual', 'goal.actual', (f) => addGoal(f.doc, { actual: Number.NaN })],
    ['an infinite last year', 'goal.lastYear', (f) => updateGoal(f.doc, f.goal, { lastYear: Infinity })],
    ['an unknown goal kind', 'goal.kind', (f) => addGoal(f.doc, { kind: 'revenue' as never })],
    ['an unknown direction', 'goal.direction', (f) => updateGoal(f.doc, f.goal, { direction: 'up' as never })],
    ['an invalid order key', 'goal.order', (f) => updateGoal(f.doc, f.goal, { order: 'not a key' })],
    ['a month 13', 'ledger line.month', (f) => updateLedgerLine(f.doc, f.line, { month: 13 })],
    ['an unknown side', 'ledger line.side', (f) => addLedgerLine(f.doc, { side: 'both' as never })],
    ['a numeric outcome unit', 'outcome.unit', (f) => addOutcome(f.doc, { unit: 5 as never })],
    ['an unknown lane kind', 'lane.kind', (f) => updateLane(f.doc, f.lane, { kind: 'tv' as never })],
    ['a date that does not exist', 'event.start', (f) => updateEvent(f.doc, f.event, { start: '2026-02-30' })],
    ['an unknown verdict', 'event.verdict', (f) => updateEvent(f.doc, f.event, { verdict: 'great' as never })],
    ['a bad quarter', 'measure.due', (f) => updateMeasure(f.doc, f.measure, { due: '2027-Q5' })],
    ['an unknown column', 'measure.column', (f) => moveMeasure(f.doc, f.measure, 'maybe' as never, 0)],
    ['a negative vote', 'measure.votes', (f) => updateMeasure(f.doc, f.measure, { votes: { ana: -1 } })],
    ['a field the schema does not have', 'goal', (f) => updateGoal(f.doc, f.goal, { colour: 'red' } as never)],
    ['an empty title', 'meta.title', (f) => updateMeta(f.doc, { title: '' })],
    ['a malformed currency', 'meta.currency', (f) => updateMeta(f.doc, { currency: 'EURO' })],
    ['a currency Intl does not know', 'meta.currency', (f) => updateMeta(f.doc, { currency: 'XYZ' })],
    ['a schema version', 'meta', (f) => updateMeta(f.doc, { schemaVersion: 2 })],
    ['an unknown phase', 'session.phase', (f) => updateSession(f.doc, { phase: 'vote' as never })],
    ['a fractional timer', 'session.timerEndsAt', (f) => updateSession(f.doc, { timerEndsAt: 1.5 })],
  ];

  it.each(badInputs)('[MODEL-2] %s throws a ModelError naming %s', (_what, field, run) => {
    const f = fixture();
    const message = refused(f.doc, () => run(f));
    // The field, then its message (or a nested key: `measure.votes.ana: ...`).
    expect(message).toMatch(new RegExp(`^${field.replaceAll('.', '\\.')}[.:]`));
  });

  it('[MODEL-4] a mutation on an unknown id throws a ModelError', () => {
    const f = fixture();
    expect(refused(f.doc, () => updateGoal(f.doc, 'nope', { target: 1 }))).toMatch(/no goal with id "nope"/);
    expect(refused(f.doc, () => removeGoal(f.doc, 'nope'))).toMatch(/no goal/);
    expect(refused(f.doc, () => moveGoal(f.doc, 'nope', 0))).toMatch(/no goal/);
    expect(refused(f.doc, () => removeLedgerLine(f.doc, 'nope'))).toMatch(/no ledger line/);
    expect(refused(f.doc, () => updateOutcome(f.doc, 'nope', {}))).toMatch(/no outcome/);
    expect(refused(f.doc, () => removeLane(f.doc, 'nope'))).toMatch(/no lane/);
    expect(refused(f.doc, () => updateEvent(f.doc, 'nope', {}))).toMatch(/no event/);
    expect(refused(f.doc, () => moveMeasure(f.doc, 'nope', 'add', 0))).toMatch(/no measure/);
    // An id given to an add must be new.
    expect(refused(f.doc, () => addGoal(f.doc, {}, { id: f.goal }))).toMatch(/exists already/);
  });
});

describe('record rules', () => {
  it('[MODEL-5] updateGoal writes only the fields in its patch, so concurrent edits of one goal both survive', () => {
    const a = new Y.Doc();
    const goal = addGoal(a, { kind: 'sales', unit: 'money', target: 100, actual: 50 });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateGoal(a, goal, { target: 120 });
    // b writes the same (unchanged) target too: an unchanged value must not be rewritten.
    updateGoal(b, goal, { actual: 70, target: 100, subjectiveCause: 'new packaging' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    for (const doc of [a, b])
      expect(readBoard(doc).goals[0]).toMatchObject({ target: 120, actual: 70, subjectiveCause: 'new packaging' });
  });

  it('[MODEL-5] an update sets only the keys whose value changes', () => {
    const doc = new Y.Doc();
    const goal = addGoal(doc, { label: 'Sales', target: 100 });
    const changed: string[] = [];
    doc
      .getMap<Y.Map<unknown>>('goals')
      .get(goal)
      ?.observe((event) => changed.push(...event.keysChanged));
    updateGoal(doc, goal, { label: 'Sales', target: 150, actual: null });
    expect(changed).toEqual(['target']);
  });

  it('[MODEL-6] an event that ends before it starts is refused, on add and on update', () => {
    const f = fixture();
    const add = () => addEvent(f.doc, { laneId: f.lane, start: '2026-06-18', end: '2026-06-01' });
    expect(refused(f.doc, add)).toMatch(/^event\.end:/);
    expect(refused(f.doc, () => updateEvent(f.doc, f.event, { end: '2026-05-31' }))).toMatch(/^event\.end:/);
    expect(readBoard(f.doc).events.map((e) => [e.start, e.end])).toEqual([['2026-06-01', '2026-06-18']]);
    updateEvent(f.doc, f.event, { start: '2026-06-18' }); // a one-day event is fine
    expect(readBoard(f.doc).events[0]).toMatchObject({ start: '2026-06-18', end: '2026-06-18' });
  });

  it('[MODEL-6] a turnover line on the input side is refused', () => {
    const f = fixture();
    const add = () => addLedgerLine(f.doc, { side: 'input', category: 'turnover' });
    expect(refused(f.doc, add)).toMatch(/^ledger line\.side:/);
    expect(refused(f.doc, () => updateLedgerLine(f.doc, f.line, { category: 'turnover' }))).toMatch(/side/);
    expect(readBoard(f.doc).ledger.map((line) => line.category)).toEqual(['labour']);
  });

  it('[MODEL-7] a lane with events cannot be removed; once its events are gone it can', () => {
    const f = fixture();
    expect(refused(f.doc, () => removeLane(f.doc, f.lane))).toMatch(/events of this lane/);
    removeEvent(f.doc, f.event);
    removeLane(f.doc, f.lane);
    expect(readBoard(f.doc).lanes.map((lane) => lane.id)).toEqual([f.emptyLane]);
  });

  it('[MODEL-8] addEvent refuses an unknown lane', () => {
    const f = fixture();
    const noLane = () => addEvent(f.doc, { laneId: 'gone', start: '2026-01-01', end: '2026-01-02' });
    expect(refused(f.doc, noLane)).toMatch(/^event\.laneId:/);
    expect(refused(f.doc, () => addEvent(f.doc, { title: 'no lane' }))).toMatch(/^event\.laneId:/);
  });

  it('[MODEL-8] addEvent creates the event note fragment in the same transaction', () => {
    const f = fixture();
    let id = '';
    const origins = originsOf(f.doc, () => {
      id = addEvent(f.doc, { laneId: f.lane, title: '520', start: '2026-05-20', end: '2026-05-20' });
    });
    expect(origins).toHaveLength(1);
    expect(getNote(f.doc, eventNoteKey(id))).toBeInstanceOf(Y.XmlFragment);
    expect(getNote(f.doc, eventNoteKey('other'))).toBeNull();
    // Removing the event keeps its note, readable as "on a deleted event".
    removeEvent(f.doc, id);
    expect(getNote(f.doc, eventNoteKey(id))).toBeInstanceOf(Y.XmlFragment);
  });
});
