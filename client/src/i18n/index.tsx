import { createContext, type ReactNode, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { type Dictionary, en } from './en.ts';
import { es } from './es.ts';

export type Language = 'en' | 'es';
export const LANGUAGES: Language[] = ['en', 'es'];
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };
const DICTIONARIES: Record<Language, Dictionary> = { en, es };

/** The UI language for a locale tag: Spanish for any `es-*`, English otherwise (Chinese comes later). */
export const languageOf = (locale: string | undefined): Language =>
  locale?.toLowerCase().startsWith('es') ? 'es' : 'en';

// The user's explicit choice, shared by every tab; null until they pick one.
const CHOICE_KEY = 'balanza.language';
const choiceListeners = new Set<() => void>();
const readChoice = (): Language | null => {
  const value = window.localStorage.getItem(CHOICE_KEY);
  return value === 'en' || value === 'es' ? value : null;
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
 * Provides the UI language: the user's choice if they made one, else `fallback` (the board's locale
 * on a board, the browser's language elsewhere). Nest one inside another to change the fallback.
 */
export function I18nProvider({ fallback, children }: { fallback: Language; children: ReactNode }) {
  const choice = useSyncExternalStore(subscribeChoice, readChoice);
  const language = choice ?? fallback;
  const value = useMemo(() => ({ language, t: DICTIONARIES[language] }), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its dictionary: `const { t } = useI18n(); t.goals.add`. */
export const useI18n = (): I18n => useContext(I18nContext);
