import { type Language, useI18n } from './index.tsx';

/**
 * Texts of one area of the app (a section, a panel), kept beside the dictionaries but in their own
 * file so each area owns its words. Spanish must have exactly the shape of English.
 *
 * @example
 * export const useTimelineText = areaTexts({ title: 'Timeline' }, { title: 'Línea de tiempo' });
 * const text = useTimelineText(); text.title
 */
export function areaTexts<T>(en: T, es: NoInfer<T>): () => T {
  const byLanguage: Record<Language, T> = { en, es };
  return () => byLanguage[useI18n().language];
}
