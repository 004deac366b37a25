import { useMemo } from 'react';
import { useI18n } from './index.tsx';

/** The twelve month names (January first) in the UI language, for month columns and periods. */
export function useMonthNames(): string[] {
  const { language } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2000, index, 1))));
  }, [language]);
}
