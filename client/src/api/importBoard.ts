import type { BoardExport } from '@balanza/export';
import type { BoardMeta } from '@balanza/model';
import { postNewBoard } from './boards.ts';

/**
 * Makes a new board on the server from a board export (`POST /api/boards/import`, [EXPORT-6]); the new
 * board's facilitator token is kept in this browser, as for a board made from the form.
 */
export const importBoard = (exported: BoardExport): Promise<{ id: string; meta: BoardMeta }> =>
  postNewBoard('/api/boards/import', exported);
