import type { Figure } from '@balanza/metrics';
import { useMemo } from 'react';
import type { NumberFormats } from '../../i18n/numbers.ts';
import type { TimelineTexts } from './texts.ts';

/** Dates of the timeline in the board's locale, read as UTC days (see timeScale.ts). */
export interface DateFormats {
  short(iso: string): string;
  month(date: Date): string;
  monthLong(date: Date): string;
}

export function useDateFormats(locale: string): DateFormats {
  return useMemo(() => {
    const make = (options: Intl.DateTimeFormatOptions) => {
      try {
        return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      } catch {
        return new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
      }
    };
    const short = make({ day: 'numeric', month: 'short' });
    const month = make({ month: 'short' });
    const monthLong = make({ month: 'long', year: 'numeric' });
    return {
      short: (iso) => short.format(new Date(`${iso}T00:00:00Z`)),
      month: (date) => month.format(date),
      monthLong: (date) => monthLong.format(date),
    };
  }, [locale]);
}

/** A figure as text: the number, or why there is none. */
export function figureText(
  figure: Figure,
  kind: 'ratio' | 'times',
  numbers: NumberFormats,
  text: TimelineTexts['figure'],
): string {
  if (!figure.ok) return figure.reason === 'zero-divisor' ? text.zero : text.missing;
  if (kind === 'ratio') return numbers.ratio(figure.value);
  return numbers.multiple(figure.value);
}
