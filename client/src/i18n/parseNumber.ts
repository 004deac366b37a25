/**
 * Reads a number the way people type it. Both separators work in every locale: "1234.5", "1234,5",
 * "1.234,5" and "1,234.5" all mean 1234.5. A lone separator followed by exactly three digits
 * ("1.234", "1,234") is read as grouping unless it is the locale's decimal separator.
 *
 * @returns `{ ok: true, value: null }` for an empty text (the cell is cleared), `{ ok: false }` when
 * the text is not a number.
 */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

const GROUPED = (separator: string) => new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`);

export function parseNumber(text: string, decimalSeparator: string, strip: readonly string[] = []): ParsedNumber {
  let body = text.replace(/[\s\u00a0\u202f']/g, '');
  if (body === '') return { ok: true, value: null };
  for (const token of strip) if (token) body = body.split(token).join('');
  body = body.replace(/%$/, '');

  const sign = /^[-−+]/.test(body) ? (body[0] === '+' ? 1 : -1) : 1;
  if (sign === -1 || body.startsWith('+')) body = body.slice(1);
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return { ok: false };

  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let integer = body;
  let fraction = '';
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const at = body.lastIndexOf(decimal);
    integer = body.slice(0, at);
    fraction = body.slice(at + 1);
    if (fraction.includes(group) || !GROUPED(group).test(integer)) return { ok: false };
    integer = integer.split(group).join('');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ',';
    const count = body.split(separator).length - 1;
    const grouping = GROUPED(separator).test(body);
    if (count > 1) {
      if (!grouping) return { ok: false };
      integer = body.split(separator).join('');
    } else if (grouping && separator !== decimalSeparator) {
      integer = body.split(separator).join('');
    } else {
      const at = body.indexOf(separator);
      integer = body.slice(0, at);
      fraction = body.slice(at + 1);
    }
  }
  if (integer === '' && fraction === '') return { ok: false };
  const value = sign * Number(`${integer || '0'}.${fraction || '0'}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}
