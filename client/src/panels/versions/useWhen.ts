import { useI18n } from '../../i18n/index.tsx';

/** A version's time in the UI language, e.g. "26 Nov 2026, 23:10". */
export function useWhen(time: number): string {
  const { language } = useI18n();
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
