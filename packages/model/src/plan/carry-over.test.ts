/**
 * [PLAN-11] "start next year" builds the plan board from a stored review: every goal, ledger line, lane, event
 *           and measure arrives once, under its id, with last year's values and a link back; nothing else.
 * [PLAN-12] the campaign calendar rolls forward: fixed-date festivals keep their day, the New Year goods festival
 *           moves with the lunar New Year, custom events keep month and day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ModelError } from '../collection.ts';
import { eventNoteKey } from '../keys.ts';
import {
  addEvent,
  addGoal,
  addLedgerLine,
  addMeasure,
  addThread,
  updateEvent,
  updateGoal,
  voteMeasure,
} from '../mutations.ts';
import { noteText } from '../notes-restore.ts';
import { getNote, readBoard } from '../read.ts';
import { initBoard } from '../template/create.ts';
import { linkNextBoard, startNextYear } from './carry-over.ts';
import { rollDates, sameDayIn } from './roll-forward.ts';

const money = fc.option(fc.integer({ min: -1_000_000, max: 10_000_000 }), { nil: null });
const reviewArb = fc.record({
  goals: fc.array(fc.record({ actual: money, target: money, cause: fc.string({ maxLength: 8 }) }), { maxLength: 6 }),
  lines: fc.array(fc.record({ amount: money, month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }) }), {
    maxLength: 6,
  }),
  events: fc.array(fc.record({ day: fc.integer({ min: 0, max: 360 }), gmv: money, spend: money, note: fc.string() }), {
    maxLength: 5,
  }),
  measures: fc.array(fc.record({ column: fc.constantFrom('keep', 'change', 'add' as const), text: fc.string() }), {
    maxLength: 6,
  }),
});

type ReviewShape = typeof reviewArb extends fc.Arbitrary<infer T> ? T : never;

function review(shape: ReviewShape) {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Review 2025 → plan 2026', reviewedYear: 2025, currency: 'EUR' });
  const lane = readBoard(doc).lanes[0]?.id as string;
  for (const g of shape.goals)
    addGoal(doc, { label: 'g', unit: 'money', actual: g.actual, target: g.target, subjectiveCause: g.cause });
  for (const l of shape.lines)
    addLedgerLine(doc, { side: 'output', category: 'turnover', amount: l.amount, month: l.month });
  for (const e of shape.events) {
    const start = new Date(Date.UTC(2025, 0, 1 + e.day)).toISOString().slice(0, 10);
    const id = addEvent(doc, {
      laneId: lane,
      title: 'custom',
      start,
      end: start,
      actualGmv: e.gmv,
      spend: e.spend,
      verdict: 'highlight',
    });
    getNote(doc, eventNoteKey(id))?.insert(0, [new Y.XmlText(e.note)]);
  }
  const goals = readBoard(doc).goals.map((g) => g.id);
  shape.measures.forEach((m, i) => {
    const id = addMeasure(doc, { text: m.text, column: m.column, owner: 'Li', goalIds: goals.slice(0, 1) });
    voteMeasure(doc, id, `voter${i}`, 1);
  });
  const first = readBoard(doc).goals[0]?.id as string;
  addThread(doc, {
    targetKind: 'goal',
    targetId: first,
    text: 'why?',
    author: 'Ana',
    authorId: 'ana',
    color: '#123456',
  });
  updateGoal(doc, first, { judgement: 'do better' });
  return doc;
}

describe('startNextYear', () => {
  it('[PLAN-11] carries every record once with last year and a link back, and nothing else (property)', () => {
    fc.assert(
      fc.property(reviewArb, (shape) => {
        const source = review(shape);
        const before = readBoard(source);
        const plan = readBoard(startNextYear(source, { previousBoardId: 'review-2025', now: 5 }));
        expect(plan.problems).toEqual([]);
        expect(plan.meta).toMatchObject({
          reviewedYear: 2026,
          planYear: 2027,
          previousBoardId: 'review-2025',
          currency: 'EUR',
        });
        expect(plan.meta.title).toBe('Review 2026 → plan 2027');
        expect(
          plan.goals.map((g) => [g.id, g.lastYear, g.target, g.carriedFrom, g.judgement, g.subjectiveCause]),
        ).toEqual(before.goals.map((g) => [g.id, g.actual, null, { kind: 'goal', id: g.id }, '', '']));
        expect(plan.ledger.map((l) => [l.id, l.lastYear, l.amount, l.month, l.carriedFrom?.id])).toEqual(
          before.ledger.map((l) => [l.id, l.amount, null, l.month, l.id]),
        );
        expect(plan.lanes.map((l) => [l.id, l.label])).toEqual(before.lanes.map((l) => [l.id, l.label]));
        expect(plan.events.map((e) => e.id).sort()).toEqual(before.events.map((e) => e.id).sort());
        for (const e of before.events) {
          const next = plan.events.find((x) => x.id === e.id);
          expect(next).toMatchObject({
            laneId: e.laneId,
            title: e.title,
            lastYearGmv: e.actualGmv,
            lastYearSpend: e.spend,
            lastYearVerdict: e.verdict,
            actualGmv: null,
            spend: null,
            verdict: 'unjudged',
            carriedFrom: { kind: 'event', id: e.id },
          });
          const note = getNote(source, eventNoteKey(e.id));
          expect(next?.lastYearNote).toBe(note ? noteText(note) : '');
          expect(next?.end.slice(0, 4)).toBe('2026');
        }
        expect(plan.measures.map((m) => [m.id, m.text, m.column, m.status, m.carriedFrom, m.votes, m.goalIds])).toEqual(
          before.measures.map((m) => [
            m.id,
            m.text,
            m.column,
            'not-started',
            { kind: 'measure', id: m.id },
            {},
            m.goalIds,
          ]),
        );
        expect(plan.comments).toEqual([]);
        expect(plan.scenarios).toEqual([]);
        expect(plan.session.phase).toBe('write');
      }),
      { numRuns: 25 },
    );
  });

  it('[PLAN-11] refuses a document that is not a board, and a review whose next year exists', () => {
    expect(() => startNextYear(new Y.Doc(), { previousBoardId: 'x' })).toThrow(ModelError);
    const source = review({ goals: [], lines: [], events: [], measures: [] });
    linkNextBoard(source, 'plan-2026');
    expect(readBoard(source).meta.nextBoardId).toBe('plan-2026');
    expect(() => startNextYear(source, { previousBoardId: 'r' })).toThrow(/started already \(plan-2026\)/);
    expect(() => linkNextBoard(source, 'another')).toThrow(/started already/);
  });
});

describe('rolling the calendar forward', () => {
  const rolled = (fromYear: number) => {
    const source = new Y.Doc();
    initBoard(source, { title: 'Review', reviewedYear: fromYear });
    const board = readBoard(startNextYear(source, { previousBoardId: 'r' }));
    return (campaign: string) => board.events.find((e) => e.campaign === campaign);
  };

  it('[PLAN-12] 2025 → 2026: Double 11 on Nov 11, 618 on Jun 18, goods festival before the lunar New Year (Feb 17)', () => {
    const find = rolled(2025);
    expect(find('double11')).toMatchObject({ start: '2026-10-20', end: '2026-11-11' });
    expect(find('mid618')).toMatchObject({ start: '2026-06-01', end: '2026-06-18' });
    expect(find('newYearGoods')).toMatchObject({ start: '2026-01-20', end: '2026-02-10' });
    expect(find('christmas')?.end).toBe('2026-12-25');
  });

  it('[PLAN-12] 2026 → 2027: the goods festival moves with the lunar New Year (Feb 6)', () => {
    const find = rolled(2026);
    expect(find('double11')?.end).toBe('2027-11-11');
    expect(find('mid618')?.end).toBe('2027-06-18');
    expect(find('newYearGoods')).toMatchObject({ start: '2027-01-09', end: '2027-01-30' });
  });

  it('[PLAN-12] a campaign whose window was changed keeps it around the festival; custom events keep month and day', () => {
    expect(rollDates({ campaign: 'double11', start: '2025-10-24', end: '2025-11-12' }, 2025, 2026)).toEqual({
      start: '2026-10-24',
      end: '2026-11-12',
    });
    expect(rollDates({ campaign: '', start: '2025-04-03', end: '2025-04-09' }, 2025, 2026)).toEqual({
      start: '2026-04-03',
      end: '2026-04-09',
    });
    expect(sameDayIn('2028-02-29', 1)).toBe('2029-02-28');
  });

  it('[PLAN-11] the plan board of a template review reads with no problems and keeps the lanes', () => {
    const source = new Y.Doc();
    initBoard(source, { title: 'Review', reviewedYear: 2025 });
    const id = readBoard(source).events[0]?.id as string;
    updateEvent(source, id, { actualGmv: 500, spend: 100 });
    const board = readBoard(startNextYear(source, { previousBoardId: 'r' }));
    expect(board.problems).toEqual([]);
    expect(board.lanes).toHaveLength(4);
    expect(board.events.find((e) => e.id === id)).toMatchObject({ lastYearGmv: 500, lastYearSpend: 100 });
  });
});
