import { LANGUAGES, type Language, matchLanguage } from '@balanza/model';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { type Dictionary, en } from './en.ts';
import { es } from './es.ts';
import { zh } from './zh.ts';

export { LANGUAGES, type Language };
/** Each language by its own name, as the language picker offers it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', 'zh-CN': '中文' };
export const DICTIONARIES: Record<Language, Dictionary> = { en, es, 'zh-CN': zh };

/** The first of the browser's languages the app speaks (`navigator.languages`, in the user's order), else English. */
export function browserLanguage(tags: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  for (const tag of tags) {
    const language = matchLanguage(tag);
    if (language) return language;
  }
  return 'en';
}

// The user's explicit choice, shared by every tab; null until they pick one.
const CHOICE_KEY = 'balanza.language';
const choiceListeners = new Set<() => void>();
const readChoice = (): Language | null => {
  const value = window.localStorage.getItem(CHOICE_KEY);
  return LANGUAGES.find((language) => language === value) ?? null;
};
const subscribeChoice = (listener: () => void) => {
  choiceListeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    choiceListeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
};
export function chooseLanguage(language: Language): void {
  window.localStorage.setItem(CHOICE_KEY, language);
  for (const listener of choiceListeners) listener();
}

interface I18n {
  language: Language;
  t: Dictionary;
}
const I18nContext = createContext<I18n>({ language: 'en', t: en });

/**
 * Provides the UI language, each person's own: their choice if they made one, else the browser's
 * (`browserLanguage`). A board's locale shapes its numbers and dates, never the UI language.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const choice = useSyncExternalStore(subscribeChoice, readChoice);
  const language = choice ?? browserLanguage();
  const value = useMemo(() => ({ language, t: DICTIONARIES[language] }), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its dictionary: `const { t } = useI18n(); t.goals.add`. */
export const useI18n = (): I18n => useContext(I18nContext);
