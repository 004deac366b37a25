import { boardCsvZip, boardJson, boardMarkdown, type ExportSource, exportFileName } from '@balanza/export';
import { type BoardSnapshot, eventNoteKey, NOTE_SECTIONS, type NoteDataNode, sectionNoteKey } from '@balanza/model';

export const EXPORT_FORMATS = ['markdown', 'csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The live board as the exports read it: its snapshot and the notes' rich text (of its sections and events). */
export function liveSource(snapshot: BoardSnapshot, noteData: (key: string) => NoteDataNode[] | null): ExportSource {
  const { problems: _problems, ...board } = snapshot;
  const keys = [...NOTE_SECTIONS.map(sectionNoteKey), ...snapshot.events.map((event) => eventNoteKey(event.id))];
  const notes: Record<string, NoteDataNode[]> = {};
  for (const key of keys) {
    const data = noteData(key);
    if (data) notes[key] = data;
  }
  return { board, notes };
}

const TYPES: Record<ExportFormat, [extension: string, type: string]> = {
  markdown: ['md', 'text/markdown;charset=utf-8'],
  csv: ['csv.zip', 'application/zip'],
  xlsx: ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  json: ['json', 'application/json;charset=utf-8'],
};

/**
 * The file of one format, built in the page from the live board, so it works offline ([EXPORT-9]). ExcelJS is
 * large: its module is loaded only when a spreadsheet is asked for.
 */
export async function buildExport(format: ExportFormat, source: ExportSource): Promise<{ name: string; blob: Blob }> {
  const [extension, type] = TYPES[format];
  let body: string | Uint8Array;
  if (format === 'markdown') body = boardMarkdown(source);
  else if (format === 'csv') body = boardCsvZip(source.board);
  else if (format === 'json') body = boardJson(source);
  else body = await (await import('@balanza/export/xlsx')).boardXlsx(source);
  return { name: exportFileName(source.board.meta.title, extension), blob: new Blob([body as BlobPart], { type }) };
}

/** Saves a file the way a download link does (the browser's download, named `name`). */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
