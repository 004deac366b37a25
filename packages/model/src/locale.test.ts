/**
 * A board's locale and currency, apart from the UI language.
 *
 * [MODEL-22] a board's locale is any canonical BCP 47 tag Intl formats with; a malformed tag, a non-canonical
 *            spelling or a tag Intl has no data for is refused (zod and mutations) with a message saying what to
 *            write; boards stored with `en`, `es` or `zh-CN` read as before
 * [MODEL-23] a board's currency is any ISO 4217 code Intl knows; anything else is refused with a clear message
 * [MODEL-24] the template labels a new board in its locale's language: es-* Spanish, zh* Chinese, else English
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { currencyCode, languageOfLocale, locale, matchLanguage } from './locale.ts';
import { updateMeta } from './mutations.ts';
import { readBoard } from './read.ts';
import { newBoardSchema } from './records/meta.ts';
import { initBoard } from './template/create.ts';
import { TEMPLATE_LABELS } from './template/labels.ts';
import { refused } from './test-helpers.ts';

const messageOf = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.error?.issues.map((issue) => issue.message).join('; ') ?? '';

describe('board locale', () => {
  it.each(['en', 'es', 'zh-CN', 'es-MX', 'en-GB', 'pt-BR', 'fr', 'de-CH', 'zh-Hant-TW', 'sr-Latn-RS'])(
    '[MODEL-22] accepts %s',
    (tag) => {
      expect(locale.safeParse(tag).success).toBe(true);
      expect(newBoardSchema.parse({ title: 'Review', reviewedYear: 2026, locale: tag }).locale).toBe(tag);
    },
  );

  const bad: Array<[string, RegExp]> = [
    ['en_US', /not a BCP 47 language tag.*en-GB/],
    ['', /not a BCP 47 language tag/],
    ['english', /not a locale this app can format.*es-MX/],
    ['es-mx', /write the locale "es-mx" as "es-MX"/],
    ['ZH-cn', /as "zh-CN"/],
    ['tlh', /not a locale this app can format/],
    ['x'.repeat(80), /at most 64 characters/],
  ];
  it.each(bad)('[MODEL-22] refuses %j with a message saying what to write', (tag, message) => {
    const result = locale.safeParse(tag);
    expect(result.success).toBe(false);
    expect(messageOf(result)).toMatch(message);
  });

  it('[MODEL-22] a mutation refuses a bad locale, naming the field, and writes nothing', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Review', reviewedYear: 2026, locale: 'es-MX' });
    expect(refused(doc, () => updateMeta(doc, { locale: 'es_MX' }))).toMatch(/meta\.locale.*BCP 47/);
    updateMeta(doc, { locale: 'en-GB' });
    expect(readBoard(doc).meta.locale).toBe('en-GB');
  });

  it.each(['en', 'es', 'zh-CN'])('[MODEL-22] a board stored with %s reads as before, without problems', (tag) => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Old board', reviewedYear: 2025, locale: tag });
    const board = readBoard(doc);
    expect(board.meta.locale).toBe(tag);
    expect(board.problems).toEqual([]);
  });

  it('[MODEL-22] a bad locale a peer wrote is flagged and read as English', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Review', reviewedYear: 2026, locale: 'es-MX' });
    doc.getMap('meta').set('locale', 'not a locale');
    const board = readBoard(doc);
    expect(board.meta.locale).toBe('en');
    expect(board.problems.map((problem) => `${problem.collection}.${problem.field}`)).toEqual(['meta.locale']);
  });
});

describe('board currency', () => {
  it.each(['CNY', 'EUR', 'MXN', 'BRL', 'GBP', 'CHF', 'INR'])('[MODEL-23] accepts %s', (code) => {
    expect(currencyCode.safeParse(code).success).toBe(true);
  });

  const bad: Array<[string, RegExp]> = [
    ['eur', /3 capital letters/],
    ['EURO', /3 capital letters/],
    ['XYZ', /not a known ISO 4217 currency code/],
    ['$', /not an ISO 4217 currency code/],
  ];
  it.each(bad)('[MODEL-23] refuses %j with a clear message', (code, message) => {
    const result = currencyCode.safeParse(code);
    expect(result.success).toBe(false);
    expect(messageOf(result)).toMatch(message);
  });

  it('[MODEL-23] a mutation refuses an unknown currency, naming the field', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Review', reviewedYear: 2026, currency: 'MXN' });
    expect(refused(doc, () => updateMeta(doc, { currency: 'XYZ' }))).toMatch(/meta\.currency.*XYZ/);
  });
});

describe('template language of a locale', () => {
  const cases: Array<[string, 'en' | 'es' | 'zh-CN']> = [
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hant-TW', 'zh-CN'],
    ['en-GB', 'en'],
    ['pt-BR', 'en'],
    ['de', 'en'],
  ];
  it.each(cases)('[MODEL-24] a board in %s gets the %s labels', (tag, language) => {
    expect(languageOfLocale(tag)).toBe(language);
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Review', reviewedYear: 2026, locale: tag });
    const board = readBoard(doc);
    const labels = TEMPLATE_LABELS[language];
    expect(board.goals.map((goal) => goal.label)).toContain(labels.goals.sales);
    expect(board.lanes.map((lane) => lane.label)).toContain(labels.lanes.campaigns);
    expect(board.events.map((event) => event.title)).toContain(labels.campaigns.double11);
  });

  it('[MODEL-24] a tag in none of the app languages matches none (the UI then tries the next one)', () => {
    expect(matchLanguage('fr-FR')).toBeNull();
    expect(matchLanguage('en-US')).toBe('en');
    expect(matchLanguage('zh')).toBe('zh-CN');
  });
});
