import { createContext, useContext } from 'react';

/** Where a key asks focus to go, spreadsheet style. `next`/`prev` wrap to the next/previous row (Tab). */
export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'prev';

export interface Grid {
  /** Focuses the cell `move` away from (row, col); false at the edge (so Tab can leave the table). */
  move(row: number, col: number, move: Move): boolean;
  focus(row: number, col: number): boolean;
}

export const GridContext = createContext<Grid>({ move: () => false, focus: () => false });
export const useGrid = () => useContext(GridContext);

/** The attributes that make an element a cell of the grid. */
export const cellAttributes = (row: number, col: number) => ({ 'data-grid-row': row, 'data-grid-col': col });

export const isGridCell = (element: EventTarget | null): element is HTMLElement =>
  element instanceof HTMLElement && element.dataset.gridCol !== undefined;

/** A grid over the cells rendered inside `container`, `rows` × `columns`. */
export function createGrid(container: () => HTMLElement | null, rows: number, columns: number): Grid {
  const focus = (row: number, col: number) => {
    const cell = container()?.querySelector<HTMLElement>(`[data-grid-row="${row}"][data-grid-col="${col}"]`);
    if (!cell) return false;
    cell.focus();
    return true;
  };
  return {
    focus,
    move(row, col, move) {
      let [r, c] = [row, col];
      if (move === 'up') r -= 1;
      else if (move === 'down') r += 1;
      else if (move === 'left') c -= 1;
      else if (move === 'right') c += 1;
      else if (move === 'next') [r, c] = c + 1 < columns ? [r, c + 1] : [r + 1, 0];
      else [r, c] = c > 0 ? [r, c - 1] : [r - 1, columns - 1];
      if (r < 0 || r >= rows || c < 0 || c >= columns) return false;
      return focus(r, c);
    },
  };
}
