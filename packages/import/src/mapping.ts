import { labelsFor } from '@balanza/export';
import { type ImportTarget, LANGUAGES } from '@balanza/model';
import { IMPORT_FIELDS, normalWord } from './fields.ts';

/** Which file column (by header) each field is read from; a field left out is not imported. */
export type ColumnMapping = Record<string, string>;

/**
 * The mapping offered for a file: the columns remembered from this board's last import of the target where
 * the file still has them, then each field's known headers (the exports' own, in every language). A column
 * feeds one field at most.
 */
export function guessMapping(
  target: ImportTarget,
  headers: readonly string[],
  remembered: ColumnMapping = {},
): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  const use = (field: string, header: string) => {
    mapping[field] = header;
    taken.add(header);
  };
  for (const field of IMPORT_FIELDS[target]) {
    const header = remembered[field.name];
    if (header !== undefined && headers.includes(header) && !taken.has(header)) use(field.name, header);
  }
  for (const field of IMPORT_FIELDS[target]) {
    if (mapping[field.name] !== undefined) continue;
    const known = new Set(field.headers.map(normalWord));
    const header = headers.find((candidate) => !taken.has(candidate) && known.has(normalWord(candidate)));
    if (header !== undefined) use(field.name, header);
  }
  return mapping;
}

/** The file's columns no field reads: shown so nobody wonders where a column went. */
export const unmappedHeaders = (headers: readonly string[], mapping: ColumnMapping): string[] => {
  const used = new Set(Object.values(mapping));
  return headers.filter((header) => !used.has(header));
};

/** The sheet of a workbook that holds `target`: one named as our exports name it in any language, else the first. */
export function sheetFor(target: ImportTarget, sheets: readonly string[]): string | undefined {
  const names = new Set(LANGUAGES.map((language) => normalWord(labelsFor(language).sheets[target])));
  return sheets.find((sheet) => names.has(normalWord(sheet))) ?? sheets[0];
}
