import type { BoardMeta } from '@balanza/model';
import { type FormEvent, useState } from 'react';
import { useLiveBoard } from '../../board/BoardContext.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { FormatFields } from './FormatFields.tsx';
import { useBoardFormatText } from './texts.ts';
import { useFormatDraft } from './useFormatDraft.ts';

/** Changes the board's locale and currency for everyone; a value the model would refuse is refused here first. */
export function BoardFormatDialog({ meta, onClose }: { meta: BoardMeta; onClose: () => void }) {
  const text = useBoardFormatText();
  const board = useLiveBoard();
  const draft = useFormatDraft(meta.locale, meta.currency);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.validate() || !board.actions) return;
    try {
      board.actions.updateMeta({ locale: draft.locale, currency: draft.currency });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    onClose();
  };

  return (
    <ModalDialog
      className="format-dialog"
      aria-labelledby="format-title"
      data-testid="format-dialog"
      onCancel={onClose}
    >
      <form className="dialog-body" onSubmit={submit} noValidate>
        <h2 id="format-title">{text.title}</h2>
        <p className="muted">{text.intro}</p>
        <FormatFields {...draft.fieldProps} />
        {failure && (
          <p role="alert" className="field-error">
            {failure}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {text.cancel}
          </button>
          <button type="submit" className="button button-primary" data-testid="format-save">
            {text.save}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
