import type { ImportTarget } from '@balanza/model';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useSnapshot } from '../../board/BoardContext.tsx';

type ImportLibrary = typeof import('@balanza/import');
type RawTable = import('@balanza/import').RawTable;
type FileProblem = import('@balanza/import').FileProblem;
type ColumnMapping = import('@balanza/import').ColumnMapping;

/** Where the dialog is: nothing chosen, reading, a file it cannot read, or a file read. */
export type ImportFileState =
  | { kind: 'empty' }
  | { kind: 'reading' }
  | { kind: 'failed'; problem: FileProblem }
  | {
      kind: 'read';
      name: string;
      bytes: Uint8Array;
      table: RawTable;
      /** The columns chosen by hand for each table; a table not here takes the guessed mapping. */
      chosen: Partial<Record<ImportTarget, ColumnMapping>>;
      library: ImportLibrary;
    };

// The import code (papaparse, and ExcelJS for spreadsheets) loads only when someone imports.
const loadLibrary = (): Promise<ImportLibrary> => import('@balanza/import');

/**
 * A file being imported into one table of the board: read in the page (nothing is sent anywhere), its
 * columns mapped (by hand, else the board's remembered mapping, else the known headers), and its plan
 * against the live board, kept true while others edit. Nothing is applied here.
 */
export function useImportFile(target: ImportTarget) {
  const board = useSnapshot();
  const [state, setState] = useState<ImportFileState>({ kind: 'empty' });
  // The table chosen now, for a read that finishes after the choice changed.
  const currentTarget = useRef(target);
  currentTarget.current = target;

  const read = useCallback(async (name: string, bytes: Uint8Array, sheet?: string) => {
    setState({ kind: 'reading' });
    const library = await loadLibrary();
    // A workbook exported from a board holds every table: unless a sheet is chosen, read the one of this table.
    const result = await library.readTable(bytes, {
      sheet: sheet ?? ((sheets) => library.sheetFor(currentTarget.current, sheets)),
    });
    setState(
      result.ok
        ? { kind: 'read', name, bytes, table: result.table, chosen: {}, library }
        : { kind: 'failed', problem: result.problem },
    );
  }, []);

  const remembered = board.meta.importColumns?.[target];
  const columns = useMemo(() => {
    if (state.kind !== 'read') return {};
    return state.chosen[target] ?? state.library.guessMapping(target, state.table.headers, remembered);
  }, [state, target, remembered]);

  const plan = useMemo(
    () => (state.kind === 'read' ? state.library.planImport(board, target, state.table, columns) : null),
    [state, board, target, columns],
  );

  const mapColumn = (field: string, header: string | null) => {
    if (state.kind !== 'read') return;
    const next = { ...columns };
    // A column feeds one field: taking it for this field frees it from another.
    for (const [other, used] of Object.entries(next)) if (used === header) delete next[other];
    if (header === null) delete next[field];
    else next[field] = header;
    setState({ ...state, chosen: { ...state.chosen, [target]: next } });
  };

  return {
    state,
    columns,
    plan,
    chooseFile: async (file: File) => read(file.name, new Uint8Array(await file.arrayBuffer())),
    chooseSheet: (sheet: string) => state.kind === 'read' && void read(state.name, state.bytes, sheet),
    mapColumn,
  };
}
