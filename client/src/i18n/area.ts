import { type Language, useI18n } from './index.tsx';

/** One area's texts in every UI language; the type makes each language required and of English's shape. */
export type AreaTranslations<T> = { en: T } & { [L in Exclude<Language, 'en'>]: NoInfer<T> };

/** Every area's texts, in the order their modules loaded: the key-walk test reads this. */
export const AREA_TEXTS: AreaTranslations<unknown>[] = [];

/**
 * Texts of one area of the app (a section, a panel), kept beside the dictionaries but in their own
 * file so each area owns its words. Every language is required and must have exactly English's shape.
 *
 * @example
 * export const useTimelineText = areaTexts({
 *   en: { title: 'Timeline' },
 *   es: { title: 'Línea de tiempo' },
 *   'zh-CN': { title: '时间线' },
 * });
 * const text = useTimelineText(); text.title
 */
export function areaTexts<T>(texts: AreaTranslations<T>): () => T {
  AREA_TEXTS.push(texts);
  return () => texts[useI18n().language];
}
