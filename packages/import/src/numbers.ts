import type { RawCell } from './read-table.ts';

/** A cell read as a number: the value, blank, or why not (with the board locale's way to write it). */
export type NumberRead =
  | { ok: true; value: number | null }
  | { ok: false; reason: 'notNumber' }
  | { ok: false; reason: 'otherLocale'; example: string };

interface Separators {
  group: string;
  decimal: string;
}

const separatorsCache = new Map<string, Separators>();
/** The group and decimal separators the board's locale writes (`1,234.5` in en, `1.234,5` in es). */
export function separatorsOf(locale: string): Separators {
  let found = separatorsCache.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    const group = parts.find((part) => part.type === 'group')?.value ?? ',';
    found = {
      group: /\s/.test(group) ? ' ' : group,
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    };
    separatorsCache.set(locale, found);
  }
  return found;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const grouped = ({ group, decimal }: Separators) =>
  new RegExp(`^(\\d{1,3}(${literal(group)}\\d{3})+|\\d+)(${literal(decimal)}\\d+)?$`);
const MACHINE = /^\d+(\.\d+)?$/;

/**
 * Reads a file's number strictly, in the board's locale: `1234.5` (as programs write numbers) always;
 * otherwise the locale's own separators (`1.234,5` on a Spanish board). A number written with another
 * locale's separators (`1,234.50` on a Spanish board) is an error naming how this board writes it, never a
 * guess: `1.234` means a thousand times more in one locale than in the other. Currency signs and codes, spaces,
 * a trailing `%`, a leading sign and accounting brackets (`(1,234)` = −1234) are allowed.
 */
export function readNumber(cell: RawCell, locale: string): NumberRead {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, reason: 'notNumber' };
  let body = cell.normalize('NFKC').replace(/[\s\u00a0\u202f]/g, '');
  if (body === '') return { ok: true, value: null };
  body = body.replace(/\p{Sc}|(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])|元|%$/gu, '');
  let sign = 1;
  if (/^\(.*\)$/.test(body)) {
    sign = -1;
    body = body.slice(1, -1);
  }
  if (/^[-−+]/.test(body)) {
    if (body[0] !== '+') sign = -sign;
    body = body.slice(1);
  }
  const separators = separatorsOf(locale);
  const group = separators.group === ' ' ? '' : separators.group;
  if (MACHINE.test(body) && !(group === '.' && /^\d{1,3}(\.\d{3})+$/.test(body))) return finite(sign * Number(body));
  const local = { group: group || '\u0000', decimal: separators.decimal };
  if (grouped(local).test(body)) return finite(sign * Number(toMachine(body, local)));
  const other = { group: separators.decimal, decimal: separators.decimal === ',' ? '.' : ',' };
  if (grouped(other).test(body)) return { ok: false, reason: 'otherLocale', example: exampleIn(locale) };
  return { ok: false, reason: 'notNumber' };
}

const toMachine = (body: string, { group, decimal }: Separators) => body.split(group).join('').replace(decimal, '.');
const finite = (value: number): NumberRead =>
  Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'notNumber' };

/** How the board's locale writes one thousand two hundred thirty-four and a half. */
export const exampleIn = (locale: string): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(1234.5);

/** A date cell: `yyyy-mm-dd`, a spreadsheet date, or the board locale's numeric date (`11/11/2026` in es). */
export type DateRead = { ok: true; value: string | null } | { ok: false };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export function readDate(cell: RawCell, locale: string): DateRead {
  const text = String(cell).trim();
  if (text === '') return { ok: true, value: null };
  const iso = ISO.exec(text.replace(/\//g, '-'));
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (!parts) return { ok: false };
  const dayFirst = dayComesFirst(locale);
  const [first, second] = [Number(parts[1]), Number(parts[2])];
  return checked(Number(parts[3]), dayFirst ? second : first, dayFirst ? first : second);
}

function checked(year: number, month: number, day: number): DateRead {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return { ok: false };
  return { ok: true, value: date.toISOString().slice(0, 10) };
}

const dayFirstCache = new Map<string, boolean>();
/** Whether the locale writes the day before the month (`25/11/2026`), asked of `Intl` once per locale. */
function dayComesFirst(locale: string): boolean {
  let found = dayFirstCache.get(locale);
  if (found === undefined) {
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(
      new Date(Date.UTC(2026, 10, 25)),
    );
    found = parts.findIndex((part) => part.type === 'day') < parts.findIndex((part) => part.type === 'month');
    dayFirstCache.set(locale, found);
  }
  return found;
}
