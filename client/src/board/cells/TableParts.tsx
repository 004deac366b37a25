import type { ReactNode } from 'react';
import { TrashIcon } from '../../ui/icons.tsx';

/** A column of an editable table: its `<col>` class (width), its heading, and whether it holds numbers. */
export interface TableColumn {
  className: string;
  label: ReactNode;
  numeric?: boolean;
}

/** The `<colgroup>` and `<thead>` of an editable table, from its columns (fixed per table, so keyed by place). */
export function TableHead({ columns }: { columns: readonly TableColumn[] }) {
  return (
    <>
      <colgroup>
        {columns.map((column, index) => (
          <col key={index} className={column.className} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={column.numeric ? 'numeric' : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}

/** The last cell of a row: its delete button, offered only to those who may change the board. */
export function RemoveRowCell({ label, title, onRemove }: { label: string; title?: string; onRemove: () => void }) {
  return (
    <td className="actions-cell">
      <button
        type="button"
        className="icon-button edit-only"
        onClick={onRemove}
        aria-label={label}
        title={title ?? label}
      >
        <TrashIcon />
      </button>
    </td>
  );
}
