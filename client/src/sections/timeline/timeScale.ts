/** Dates on the timeline as whole UTC days, so bars never shift with the viewer's time zone. */
const DAY_MS = 86_400_000;

export type Zoom = 'year' | 'quarter' | 'month';
export const ZOOMS: Zoom[] = ['year', 'quarter', 'month'];

/** `2026-06-18` → days since 1970-01-01. */
export function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Days since 1970-01-01 → `2026-06-18`. */
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The local calendar day today, as a day number. */
export function today(now = new Date()): number {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS);
}

/** The stretch of time on screen: `[start, end)` in days, and which page of the zoom it is. */
export interface TimeWindow {
  zoom: Zoom;
  /** Quarter 0–3 or month 0–11; 0 for the year. */
  page: number;
  start: number;
  end: number;
}

export const pagesOf = (zoom: Zoom): number => (zoom === 'year' ? 1 : zoom === 'quarter' ? 4 : 12);

export function windowOf(year: number, zoom: Zoom, page: number): TimeWindow {
  const p = Math.max(0, Math.min(pagesOf(zoom) - 1, page));
  const firstMonth = zoom === 'year' ? 0 : zoom === 'quarter' ? p * 3 : p;
  const months = zoom === 'year' ? 12 : zoom === 'quarter' ? 3 : 1;
  const start = Math.round(Date.UTC(year, firstMonth, 1) / DAY_MS);
  const end = Math.round(Date.UTC(year, firstMonth + months, 1) / DAY_MS);
  return { zoom, page: p, start, end };
}

/** The page of a zoom that shows `day` (e.g. the quarter of today). */
export function pageOfDay(zoom: Zoom, day: number): number {
  const month = new Date(day * DAY_MS).getUTCMonth();
  return zoom === 'year' ? 0 : zoom === 'quarter' ? Math.floor(month / 3) : month;
}

/** Position of the start of `day` in the window, in percent of its width (may fall outside 0–100). */
export const percentOf = (window: TimeWindow, day: number): number =>
  ((day - window.start) / (window.end - window.start)) * 100;

/** The months (or, zoomed to a month, the weeks) that head the columns of the window. */
export function columnsOf(
  window: TimeWindow,
): Array<{ start: number; end: number; date: Date; kind: 'month' | 'day' }> {
  const columns: Array<{ start: number; end: number; date: Date; kind: 'month' | 'day' }> = [];
  if (window.zoom === 'month') {
    for (let day = window.start; day < window.end; day += 7)
      columns.push({ start: day, end: Math.min(day + 7, window.end), date: new Date(day * DAY_MS), kind: 'day' });
    return columns;
  }
  let day = window.start;
  while (day < window.end) {
    const date = new Date(day * DAY_MS);
    const next = Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS);
    columns.push({ start: day, end: next, date, kind: 'month' });
    day = next;
  }
  return columns;
}
