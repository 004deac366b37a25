/**
 * The template a new board starts from (`initBoard`) and the campaign calendar.
 *
 * [MODEL-15] initBoard writes, in ONE transaction: meta, session, one note per NOTE_SECTIONS, 7 standard goals with
 *            their units, 6 cost lines and the turnover output, 4 outcomes, 4 lanes, and the reviewed year's
 *            campaigns (each with its note), labelled in the board's locale; the result reads without problems
 * [MODEL-16] initBoard validates its input (a ModelError naming the field, nothing written), defaults planYear to
 *            reviewedYear + 1, and refuses a document that is a board already
 * [MODEL-17] campaign dates are valid and in order: Double 11 ends on Nov 11, 618 on Jun 18, the New Year goods
 *            festival ends before Chinese New Year
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ModelError } from './collection.ts';
import { isoDate } from './fields.ts';
import { eventNoteKey, NOTE_SECTIONS, ROOT, SCHEMA_VERSION, sectionNoteKey } from './keys.ts';
import { MutationOrigin } from './origin.ts';
import { getNote, isBoard, readBoard } from './read.ts';
import { campaignCalendar, chineseNewYear } from './template/calendar.ts';
import { initBoard } from './template/create.ts';
import { TEMPLATE_LABELS } from './template/labels.ts';

function newBoard(input: Partial<Parameters<typeof initBoard>[1]> = {}) {
  const doc = new Y.Doc();
  const meta = initBoard(doc, { title: 'Review 2026', shop: 'Tea House', reviewedYear: 2026, ...input }, 1_700_000);
  return { doc, meta, board: readBoard(doc) };
}

describe('initBoard', () => {
  it('[MODEL-15] writes meta and session in one transaction tagged createBoard', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    expect(isBoard(doc)).toBe(false);
    const meta = initBoard(doc, { title: 'Review 2026', shop: 'Tea House', reviewedYear: 2026 }, 1_700_000);
    expect(origins).toHaveLength(1);
    expect(origins[0]).toBeInstanceOf(MutationOrigin);
    expect((origins[0] as MutationOrigin).mutation).toBe('createBoard');
    expect(isBoard(doc)).toBe(true);
    const board = readBoard(doc);
    expect(board.meta).toEqual(meta);
    expect(meta).toEqual({
      title: 'Review 2026',
      shop: 'Tea House',
      reviewedYear: 2026,
      planYear: 2027,
      currency: 'CNY',
      locale: 'en',
      schemaVersion: SCHEMA_VERSION,
      createdAt: 1_700_000,
      highlightThreshold: 1,
    });
    expect(board.session).toEqual({
      phase: 'write',
      timerEndsAt: null,
      focusSection: null,
      focusAt: null,
      focusBy: null,
      locked: false,
      privateWriting: false,
      lockedColumns: [],
      measureVoteLimit: 3,
    });
    expect(board.problems).toEqual([]);
  });

  it('[MODEL-15] writes the 7 standard goals with their units, in order', () => {
    const { board } = newBoard();
    expect(board.goals.map((goal) => [goal.kind, goal.unit])).toEqual([
      ['sales', 'money'],
      ['newCustomers', 'count'],
      ['returningCustomers', 'count'],
      ['growthRate', 'percent'],
      ['marketShare', 'percent'],
      ['operatingProfit', 'money'],
      ['teamStability', 'percent'],
    ]);
    for (const goal of board.goals) expect(goal).toMatchObject({ direction: 'higher', target: null, actual: null });
  });

  it('[MODEL-15] writes 6 cost lines, the turnover output, 4 outcomes and 4 lanes', () => {
    const { board } = newBoard();
    expect(board.ledger.map((line) => `${line.side}:${line.category}`)).toEqual([
      'input:labour',
      'input:product',
      'input:commission',
      'input:marketing',
      'input:logistics',
      'input:afterSales',
      'output:turnover',
    ]);
    expect(board.ledger.every((line) => line.amount === null && line.month === null)).toBe(true);
    expect(board.outcomes.map((outcome) => outcome.kind)).toEqual([
      'storeLevel',
      'creditScore',
      'returningCustomers',
      'teamExperience',
    ]);
    expect(board.lanes.map((lane) => lane.kind)).toEqual(['campaigns', 'launches', 'brand', 'monthly']);
  });

  it("[MODEL-15] writes the reviewed year's campaigns in the campaigns lane, each with its note", () => {
    const { doc, board } = newBoard({ reviewedYear: 2025 });
    const campaignsLane = board.lanes.find((lane) => lane.kind === 'campaigns')?.id;
    expect(board.events.map((event) => event.campaign).sort()).toEqual(
      campaignCalendar(2025)
        .map((c) => c.campaign)
        .sort(),
    );
    expect(board.events.length).toBeGreaterThanOrEqual(10);
    for (const event of board.events) {
      expect(event.laneId).toBe(campaignsLane);
      expect(getNote(doc, eventNoteKey(event.id))).toBeInstanceOf(Y.XmlFragment);
    }
    const double11 = board.events.find((event) => event.campaign === 'double11');
    expect(double11).toMatchObject({ title: 'Double 11', start: '2025-10-20', end: '2025-11-11' });
  });

  it('[MODEL-15] writes one note per note section (and one per event), nothing else', () => {
    const { doc, board } = newBoard();
    for (const section of NOTE_SECTIONS) expect(getNote(doc, sectionNoteKey(section))).toBeInstanceOf(Y.XmlFragment);
    expect(doc.getMap(ROOT.notes).size).toBe(NOTE_SECTIONS.length + board.events.length);
  });

  it.each(['en', 'es', 'zh-CN'] as const)('[MODEL-15] labels everything in the board locale (%s)', (locale) => {
    const { board } = newBoard({ locale });
    const labels = TEMPLATE_LABELS[locale];
    expect(board.meta.locale).toBe(locale);
    for (const goal of board.goals) expect(goal.label).toBe(labels.goals[goal.kind as keyof typeof labels.goals]);
    for (const line of board.ledger)
      expect(line.label).toBe(labels.ledger[line.category as keyof typeof labels.ledger]);
    for (const outcome of board.outcomes)
      expect(outcome).toMatchObject(labels.outcomes[outcome.kind as keyof typeof labels.outcomes]);
    for (const lane of board.lanes) expect(lane.label).toBe(labels.lanes[lane.kind as keyof typeof labels.lanes]);
    for (const event of board.events)
      expect(event.title).toBe(labels.campaigns[event.campaign as keyof typeof labels.campaigns]);
  });

  it('[MODEL-15] the label tables really are in their languages', () => {
    expect(newBoard({ locale: 'es' }).board.goals[0]?.label).toBe('Ventas');
    expect(newBoard({ locale: 'zh-CN' }).board.goals[0]?.label).toBe('销售额');
    const titles = (locale: 'en' | 'es' | 'zh-CN') => newBoard({ locale }).board.events.map((event) => event.title);
    expect(titles('es')).toContain('Doble Once');
    expect(titles('zh-CN')).toContain('双十一');
    expect(titles('en')).toContain('Double 11');
  });

  it('[MODEL-16] planYear defaults to reviewedYear + 1; a given one is kept', () => {
    expect(newBoard({ reviewedYear: 2030 }).meta.planYear).toBe(2031);
    expect(newBoard({ reviewedYear: 2030, planYear: 2032 }).board.meta.planYear).toBe(2032);
  });

  it('[MODEL-16] a document that is a board already is refused', () => {
    const { doc } = newBoard();
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => initBoard(doc, { title: 'Again', reviewedYear: 2026 })).toThrow(ModelError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  const badInputs: Array<[string, Record<string, unknown>, string]> = [
    ['an empty title', { title: '' }, 'title'],
    ['year 1800', { reviewedYear: 1800 }, 'reviewedYear'],
    ['a fractional year', { reviewedYear: 2026.5 }, 'reviewedYear'],
    ["currency 'EURO'", { currency: 'EURO' }, 'currency'],
    ["currency 'XYZ'", { currency: 'XYZ' }, 'currency'],
    ["locale 'en_US'", { locale: 'en_US' }, 'locale'],
    ['a plan year before the reviewed year', { planYear: 2025 }, 'planYear'],
  ];
  it.each(badInputs)('[MODEL-16] %s throws a ModelError naming the field', (_what, bad, field) => {
    const doc = new Y.Doc();
    let error: unknown;
    try {
      initBoard(doc, { title: 'Review', reviewedYear: 2026, ...bad } as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelError);
    expect((error as Error).message).toMatch(new RegExp(`^${field}: `));
    expect(isBoard(doc)).toBe(false);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(Y.encodeStateAsUpdate(new Y.Doc()));
  });
});

describe('campaign calendar', () => {
  it('[MODEL-17] Chinese New Year comes from the Chinese calendar', () => {
    expect(chineseNewYear(2024)).toBe('2024-02-10');
    expect(chineseNewYear(2025)).toBe('2025-01-29');
    expect(chineseNewYear(2026)).toBe('2026-02-17');
  });

  it.each([2020, 2023, 2024, 2025, 2026, 2027, 2030])(
    '[MODEL-17] the campaigns of %i have valid, ordered dates',
    (year) => {
      const calendar = campaignCalendar(year);
      const byKey = Object.fromEntries(calendar.map((c) => [c.campaign, c]));
      for (const { start, end } of calendar) {
        expect(isoDate.safeParse(start).success && isoDate.safeParse(end).success).toBe(true);
        expect(start <= end).toBe(true);
      }
      expect(new Set(calendar.map((c) => c.campaign)).size).toBe(calendar.length);
      expect(byKey.double11?.end).toBe(`${year}-11-11`);
      expect(byKey.mid618?.end).toBe(`${year}-06-18`);
      expect(byKey.double12).toMatchObject({ start: `${year}-12-12`, end: `${year}-12-12` });
      expect(byKey.queensDay?.end).toBe(`${year}-03-08`);
      expect(byKey.day520).toMatchObject({ start: `${year}-05-20`, end: `${year}-05-20` });
      const lunarNewYear = chineseNewYear(year);
      if (lunarNewYear === null) expect(byKey.newYearGoods).toBeUndefined();
      else {
        const goods = byKey.newYearGoods;
        expect(goods && goods.end < lunarNewYear).toBe(true);
        // The weeks before the festival: it ends a week before and lasts three weeks.
        const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
        expect(days(goods?.end ?? '', lunarNewYear)).toBe(7);
        expect(days(goods?.start ?? '', goods?.end ?? '')).toBe(21);
      }
    },
  );
});
