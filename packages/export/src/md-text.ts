import type { Cell, Table } from './cells.ts';

// Characters Markdown would read as markup inline: emphasis, code, links and images, HTML and entities, tables.
const INLINE = /[\\`*_[\]<>|~&]/g;
// What would start a heading, a quote, a list, a rule or a setext underline at the start of a line.
const LINE_START = /^(\s*)([#>+\-=]|\d+[.)])/;

/**
 * User text as inert Markdown on one line ([EXPORT-8]): every character that could make HTML, a link, an
 * image, emphasis or a table cell break is escaped with a backslash, line breaks become spaces.
 */
export const inline = (value: string): string => value.replace(INLINE, '\\$&').replace(/[\r\n]+/g, ' ');

/** A line of user text as a paragraph: escaped like `inline`, and never read as a heading, list or quote. */
export const block = (value: string): string =>
  inline(value).replace(LINE_START, (_, space: string, mark: string) => `${space}\\${mark}`);

/** How an export formats numbers: money in the board's currency, percentages, plain numbers, with its locale. */
export interface NumberText {
  money(value: number): string;
  percent(value: number): string;
  number(value: number): string;
}

export function numberText(locale: string, currency: string): NumberText {
  const make = (options: Intl.NumberFormatOptions) => {
    try {
      return new Intl.NumberFormat(locale, options);
    } catch {
      return new Intl.NumberFormat('en', options);
    }
  };
  const moneyFormat = make({ style: 'currency', currency });
  const percentFormat = make({ style: 'percent', maximumFractionDigits: 1 });
  const numberFormat = make({ maximumFractionDigits: 2 });
  return {
    money: (value) => moneyFormat.format(value),
    percent: (value) => percentFormat.format(value),
    number: (value) => numberFormat.format(value),
  };
}

/** A cell as Markdown: a blank figure as a dash, a number formatted, text escaped. */
export function cellText(cell: Cell, numbers: NumberText, blank: string): string {
  if (cell.kind === 'text') return inline(cell.value);
  if (cell.value === null) return blank;
  if (cell.kind === 'multiple') return `${numbers.number(cell.value)}×`;
  return cell.kind === 'money'
    ? numbers.money(cell.value)
    : cell.kind === 'percent'
      ? numbers.percent(cell.value)
      : numbers.number(cell.value);
}

/** A table as a GFM table, with only the `columns` asked for (all by default); numbers right-aligned. */
export function markdownTable(table: Table, numbers: NumberText, blank: string, columns?: number[]): string[] {
  const picked = columns ?? table.headers.map((_, index) => index);
  if (table.rows.length === 0) return [];
  const alignOf = (index: number) => (table.rows[0]?.[index]?.kind === 'text' ? '---' : '---:');
  return [
    `| ${picked.map((index) => inline(table.headers[index] ?? '')).join(' | ')} |`,
    `| ${picked.map(alignOf).join(' | ')} |`,
    ...table.rows.map(
      (row) => `| ${picked.map((index) => cellText(row[index] as Cell, numbers, blank)).join(' | ')} |`,
    ),
  ];
}
