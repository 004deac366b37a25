import { useState } from 'react';
import { useAbilities, useBoardPart } from '../../board/BoardContext.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { useImportText } from './texts.ts';

/** The top bar's Import button: for those who may change the board, once it is loaded. */
export function ImportButton() {
  const text = useImportText();
  const { canEdit } = useAbilities();
  const loaded = useBoardPart((snapshot) => snapshot.meta) !== null;
  const [open, setOpen] = useState(false);
  if (!canEdit) return null;
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="import-open"
        title={text.openTitle}
        disabled={!loaded}
        onClick={() => setOpen(true)}
      >
        {text.open}
      </button>
      {open && <ImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
