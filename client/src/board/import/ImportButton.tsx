import type { ImportTarget } from '@balanza/model';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useAbilities } from '../../board/BoardContext.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { useImportText } from './texts.ts';

/**
 * A section's Import button (goals, ledger, timeline), opening the dialog on that section's table: for those
 * who may change the board.
 */
export function ImportButton({ target }: { target: ImportTarget }) {
  const text = useImportText();
  const { canEdit } = useAbilities();
  const [open, setOpen] = useState(false);
  if (!canEdit) return null;
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="import-open"
        title={text.openTitle}
        onClick={() => setOpen(true)}
      >
        {text.open}
      </button>
      {/* In the page's body, above every section's own stacking (sticky headers, side panels). */}
      {open && createPortal(<ImportDialog target={target} onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
