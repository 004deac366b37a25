import { type FormEvent, useId, useState } from 'react';
import { safeHref } from './safeLink.ts';
import { useNoteEditorText } from './texts.ts';

interface LinkFormProps {
  initial: string;
  onApply(href: string): void;
  onRemove(): void;
  onClose(): void;
}

/** The toolbar's link field: only http, https and mailto addresses are accepted (checked here and in the schema). */
export function LinkForm({ initial, onApply, onRemove, onClose }: LinkFormProps) {
  const text = useNoteEditorText();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const href = safeHref(value);
    if (!href) {
      setError(text.linkInvalid);
      return;
    }
    onApply(href);
  };
  return (
    <form className="note-link-form" onSubmit={submit} data-testid="note-link-form">
      <label htmlFor={id}>{text.linkLabel}</label>
      <input
        id={id}
        type="text"
        inputMode="url"
        value={value}
        // biome-ignore lint/a11y/noAutofocus: the field opens on the user's own click to type an address.
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
        data-testid="note-link-input"
      />
      <button type="submit" className="button button-small button-primary">
        {text.linkApply}
      </button>
      {initial && (
        <button type="button" className="button button-small" onClick={onRemove}>
          {text.linkRemove}
        </button>
      )}
      <button type="button" className="button button-small" onClick={onClose}>
        {text.linkCancel}
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
