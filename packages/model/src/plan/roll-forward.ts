import { campaignCalendar } from '../template/calendar.ts';

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** The same month and day `years` later; Feb 29 becomes Feb 28 in a year without one. */
export function sameDayIn(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * An event's dates in a later year ([PLAN-12]). A template campaign (known by its `campaign` key) moves with
 * its festival: the window keeps its place around the festival's day, so Double 11 still ends on Nov 11 and
 * the New Year goods festival follows the lunar New Year. Any other event keeps its month and day.
 */
export function rollDates(
  event: { campaign: string; start: string; end: string },
  fromYear: number,
  toYear: number,
): { start: string; end: string } {
  const years = toYear - fromYear;
  const before = campaignCalendar(fromYear).find((c) => c.campaign === event.campaign);
  const after = campaignCalendar(toYear).find((c) => c.campaign === event.campaign);
  if (!before || !after) return { start: sameDayIn(event.start, years), end: sameDayIn(event.end, years) };
  const shift = dayNumber(after.end) - dayNumber(before.end);
  return { start: isoOf(dayNumber(event.start) + shift), end: isoOf(dayNumber(event.end) + shift) };
}
