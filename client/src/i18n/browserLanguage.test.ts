/**
 * [I18N-2] until a person chooses, the UI speaks the first of the browser's languages that is English,
 *          Spanish or Chinese (in the browser's order), else English
 */
import { describe, expect, it } from 'vitest';
import { browserLanguage } from './index.tsx';

describe('the UI language from the browser', () => {
  const cases: Array<[string[], string]> = [
    [['es-MX', 'en-US'], 'es'],
    [['fr-FR', 'de', 'zh-TW', 'en'], 'zh-CN'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['pt-BR', 'en-GB', 'es'], 'en'],
    [['fr-FR', 'ja'], 'en'],
    [[], 'en'],
  ];
  it.each(cases)('[I18N-2] %j -> %s', (tags, language) => {
    expect(browserLanguage(tags)).toBe(language);
  });
});
