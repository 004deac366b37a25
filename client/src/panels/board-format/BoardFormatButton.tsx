import type { BoardMeta } from '@balanza/model';
import { useState } from 'react';
import { useAbilities } from '../../board/BoardContext.tsx';
import { BoardFormatDialog } from './BoardFormatDialog.tsx';
import { useBoardFormatText } from './texts.ts';

/** The board's currency and locale in the top bar; for those who may edit, the way to change them. */
export function BoardFormatButton({ meta }: { meta: BoardMeta }) {
  const text = useBoardFormatText();
  const { canEdit } = useAbilities();
  const [open, setOpen] = useState(false);
  const shown = `${meta.currency} · ${meta.locale}`;
  if (!canEdit) return <span data-testid="board-format">{shown}</span>;
  return (
    <>
      <button
        type="button"
        className="link-button"
        data-testid="board-format"
        aria-label={text.open(meta.currency, meta.locale)}
        title={text.open(meta.currency, meta.locale)}
        onClick={() => setOpen(true)}
      >
        {shown}
      </button>
      {open && <BoardFormatDialog meta={meta} onClose={() => setOpen(false)} />}
    </>
  );
}
