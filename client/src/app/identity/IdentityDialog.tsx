import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { draftIdentity, type Identity, MAX_NAME_LENGTH, PALETTE, saveIdentity } from '../../identity/identity.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';

/**
 * Asks for a name and colour. On first visit (`existing` null) it cannot be dismissed without a
 * name; later it edits the stored identity and keeps its id.
 */
export function IdentityDialog({ existing, onClose }: { existing: Identity | null; onClose: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => draftIdentity(existing));
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const errorId = useId();
  const firstVisit = existing === null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = draft.name.trim();
    if (!name) {
      setError(t.identity.nameRequired);
      return;
    }
    saveIdentity({ ...draft, name });
    onClose();
  };

  return (
    <ModalDialog
      aria-labelledby={`${nameId}-title`}
      onCancel={(event) => {
        if (firstVisit) event.preventDefault();
        else onClose();
      }}
    >
      <form onSubmit={submit} className="dialog-body">
        <h2 id={`${nameId}-title`}>{firstVisit ? t.identity.titleFirst : t.identity.titleEdit}</h2>
        <p className="muted">{t.identity.intro}</p>
        <div className="identity-preview">
          <Avatar name={draft.name || '?'} color={draft.color} size={40} />
          <div className="field grow">
            <label htmlFor={nameId}>{t.identity.name}</label>
            <input
              id={nameId}
              data-testid="identity-name"
              value={draft.name}
              maxLength={MAX_NAME_LENGTH}
              placeholder={t.identity.namePlaceholder}
              autoComplete="name"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => {
                setDraft({ ...draft, name: event.target.value });
                setError(null);
              }}
            />
          </div>
        </div>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
        <fieldset className="swatches">
          <legend>{t.identity.color}</legend>
          {PALETTE.map((color) => (
            <label key={color} className="swatch" style={{ background: color }} title={color}>
              <input
                type="radio"
                name="identity-color"
                value={color}
                checked={draft.color === color}
                onChange={() => setDraft({ ...draft, color })}
                aria-label={color}
              />
            </label>
          ))}
          <label className="swatch swatch-custom" title={t.identity.customColor}>
            <input
              type="color"
              value={draft.color}
              aria-label={t.identity.customColor}
              onChange={(event) => setDraft({ ...draft, color: event.target.value.toLowerCase() })}
            />
          </label>
        </fieldset>
        <div className="dialog-actions">
          {!firstVisit && (
            <button type="button" className="button" onClick={onClose}>
              {t.identity.cancel}
            </button>
          )}
          <button type="submit" className="button button-primary" data-testid="identity-save">
            {t.identity.save}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
