import type { CampaignKey } from './labels.ts';

export interface CampaignDates {
  campaign: CampaignKey;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, date: number) => `${year}-${pad(month)}-${pad(date)}`;
const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Years where ICU's approximation of the new moon lands on the wrong side of midnight in Beijing: the 2027
 * new moon is at 23:56 (UTC+8) on Feb 6, and the official calendar starts the year that day; ICU 78 says Feb 7.
 */
const ICU_CORRECTIONS: Record<number, string> = { 2027: '2027-02-06' };

/**
 * The first day of the Chinese lunar year in `year`, from Intl's Chinese calendar, or null when this
 * runtime has no such calendar (small-ICU builds).
 */
export function chineseNewYear(year: number): string | null {
  const corrected = ICU_CORRECTIONS[year];
  if (corrected) return corrected;
  try {
    const format = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    for (let offset = 0; offset < 40; offset++) {
      const iso = shift(day(year, 1, 20), offset);
      const parts = format.formatToParts(new Date(`${iso}T00:00:00Z`));
      const month = parts.find((p) => p.type === 'month')?.value;
      const date = parts.find((p) => p.type === 'day')?.value;
      if (month === '1' && date === '1') return iso;
    }
  } catch {
    // No Chinese calendar in this runtime: the caller leaves the festival out.
  }
  return null;
}

/** The usual platform campaign calendar of a year (see GLOSSARY: sales windows, not just the day). */
export function campaignCalendar(year: number): CampaignDates[] {
  const campaigns: CampaignDates[] = [{ campaign: 'newYear', start: day(year, 1, 1), end: day(year, 1, 3) }];
  const lunarNewYear = chineseNewYear(year);
  if (lunarNewYear)
    campaigns.push({ campaign: 'newYearGoods', start: shift(lunarNewYear, -28), end: shift(lunarNewYear, -7) });
  campaigns.push(
    { campaign: 'queensDay', start: day(year, 3, 1), end: day(year, 3, 8) },
    { campaign: 'springArrivals', start: day(year, 3, 10), end: day(year, 3, 31) },
    { campaign: 'day520', start: day(year, 5, 20), end: day(year, 5, 20) },
    { campaign: 'mid618', start: day(year, 6, 1), end: day(year, 6, 18) },
    { campaign: 'makerFestival', start: day(year, 7, 8), end: day(year, 7, 14) },
    { campaign: 'autumnArrivals', start: day(year, 8, 15), end: day(year, 9, 15) },
    { campaign: 'double11', start: day(year, 10, 20), end: day(year, 11, 11) },
    { campaign: 'double12', start: day(year, 12, 12), end: day(year, 12, 12) },
    { campaign: 'christmas', start: day(year, 12, 18), end: day(year, 12, 25) },
  );
  return campaigns;
}
