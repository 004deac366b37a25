import type { Language } from './index.tsx';

/** A text per plural category of a language (`other` always); `#` stands for the count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Language, Intl.PluralRules>();

/**
 * The form of a count in a language, by `Intl.PluralRules` (English and Spanish: one/other; Chinese has
 * only other), so a text never hard-codes "=== 1".
 *
 * @example plural('en', 3, { one: '# vote', other: '# votes' }) // "3 votes"
 */
export function plural(language: Language, count: number, forms: PluralForms): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return (forms[rule.select(count)] ?? forms.other).replaceAll('#', String(count));
}
