/**
 * [I18N-1] every text key of every language is filled: the main dictionaries and every area's texts
 *          (every module that calls `areaTexts`), walked against English, key by key; the Chinese texts
 *          hold no English words besides product names, formula acronyms and key names
 */
import { describe, expect, it } from 'vitest';
import { AREA_TEXTS } from './area.ts';
import { DICTIONARIES, LANGUAGES, type Language } from './index.tsx';

// Every source file of the client, to find the modules that declare area texts however they are named.
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!./area.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const modules = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!./area.ts']);
const CALL = /\bareaTexts(<[^>]|\()/g;
const areaFiles = Object.keys(sources).filter((file) => CALL.test(sources[file] ?? ''));
const callCount = areaFiles.reduce((sum, file) => sum + (sources[file]?.match(CALL)?.length ?? 0), 0);

/** Imports every area module once; the file each registered area came from (or its importer's), by index. */
const loadAreas = (async () => {
  const names: string[] = [];
  for (const file of areaFiles) {
    await modules[file]?.();
    while (names.length < AREA_TEXTS.length) names.push(file.replace(/^\.\.\//, ''));
  }
  return names;
})();

// What the Chinese texts may keep in Latin letters: product names, key and protocol names, acronyms and
// codes in capitals (GMV, ROAS, ISO, CNY) and locale tags (en-GB).
const LATIN_ALLOWED = new Set(
  'Balanza Enter Tab Esc Shift Alt Ctrl http https mailto shop example Markdown Excel'.split(' '),
);
const ACRONYM = /\b[A-Z]{2,5}\b/g;
const LOCALE_TAG = /\b[a-z]{2,3}-[A-Z]{2}\b/g;

/** Calls a text function with sample arguments (digits as strings, then numbers); null when neither works. */
function sampleCalls(text: (...args: unknown[]) => unknown): unknown[] {
  const results: unknown[] = [];
  for (const sample of ['2', 1, 0]) {
    try {
      results.push(text(...Array.from({ length: Math.max(text.length, 1) }, () => sample)));
    } catch {
      // A sample of the wrong kind for this function: the other samples cover it.
    }
  }
  return results;
}

/** Every problem of `texts` in `language` against English's shape, as "path: what is wrong". */
function problems(english: unknown, texts: unknown, language: Language, path: string): string[] {
  const wrong = (what: string) => [`${language} ${path}: ${what}`];
  if (typeof english === 'string') {
    if (typeof texts !== 'string') return wrong('missing or not a string');
    if (!texts.trim()) return wrong('empty');
    if (language === 'zh-CN') {
      const english = (
        texts
          .replace(LOCALE_TAG, '')
          .replace(ACRONYM, '')
          .match(/[A-Za-z]{2,}/g) ?? []
      ).filter((word) => !LATIN_ALLOWED.has(word));
      if (english.length) return wrong(`English left in Chinese: ${english.join(', ')} (“${texts}”)`);
    }
    return [];
  }
  if (typeof english === 'function') {
    if (typeof texts !== 'function') return wrong('missing or not a function');
    const results = sampleCalls(texts as (...args: unknown[]) => unknown);
    if (!results.length) return wrong('throws for every sample argument');
    return results.flatMap((result) => problems('', result, language, `${path}()`));
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(texts) || texts.length !== english.length) return wrong(`expected ${english.length} items`);
    return english.flatMap((item, index) => problems(item, texts[index], language, `${path}[${index}]`));
  }
  if (typeof english === 'object' && english !== null) {
    if (typeof texts !== 'object' || texts === null) return wrong('missing');
    const extra = Object.keys(texts).filter((key) => !(key in english));
    return [
      ...extra.map((key) => `${language} ${path}.${key}: not in English`),
      ...Object.entries(english).flatMap(([key, value]) =>
        problems(value, (texts as Record<string, unknown>)[key], language, `${path}.${key}`),
      ),
    ];
  }
  return [];
}

describe('UI texts', () => {
  it('[I18N-1] the main dictionaries fill every key in every language', () => {
    for (const language of LANGUAGES)
      expect(problems(DICTIONARIES.en, DICTIONARIES[language], language, 'dictionary')).toEqual([]);
  });

  it('[I18N-1] every area module is found and registers its texts', async () => {
    expect(areaFiles.length).toBeGreaterThanOrEqual(17);
    await loadAreas;
    expect(AREA_TEXTS).toHaveLength(callCount);
  });

  it('[I18N-1] every area fills every key in every language', async () => {
    const names = await loadAreas;
    expect(AREA_TEXTS.length).toBeGreaterThan(0);
    const found = AREA_TEXTS.flatMap((texts, index) => {
      const name = names[index] ?? `#${index}`;
      // An area written the old way (`areaTexts(en, es)`) has no `en` key: said here, not skipped.
      if (typeof texts.en !== 'object' || texts.en === null) return [`${name}: no English texts (en)`];
      return LANGUAGES.flatMap((language) => problems(texts.en, texts[language], language, name));
    });
    expect(found).toEqual([]);
  });

  it('[I18N-1] the walk catches a missing, an empty and an English key', () => {
    const english = { a: 'Add', b: { c: (n: number) => `${n} rows` }, d: ['x'] };
    expect(problems(english, { a: '', b: {}, d: [] }, 'es', 't')).toEqual([
      'es t.a: empty',
      'es t.b.c: missing or not a function',
      'es t.d: expected 1 items',
    ]);
    expect(problems(english, { a: '添加', b: { c: () => '2 rows' }, d: ['一'] }, 'zh-CN', 't')).toEqual([
      'zh-CN t.b.c(): English left in Chinese: rows (“2 rows”)',
      'zh-CN t.b.c(): English left in Chinese: rows (“2 rows”)',
      'zh-CN t.b.c(): English left in Chinese: rows (“2 rows”)',
    ]);
  });
});
