import { type InputHTMLAttributes, useEffect, useState } from 'react';

interface DraftInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  /** Returns an error message to keep the draft and show it, or null when stored. */
  onCommit(value: string): string | null;
  /** Told what is typed and not stored yet, and `undefined` once it is stored or dropped (Escape). */
  onDraft?(value: string | undefined): void;
}

/**
 * A field that keeps the user's draft while they type and stores it on Enter or blur, so a remote
 * change never overwrites half-typed text; Escape goes back to the stored value.
 */
export function DraftInput({ value, onCommit, onDraft, ...rest }: DraftInputProps) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  const commit = () => {
    setEditing(false);
    if (draft === value) {
      onDraft?.(undefined);
      return setError(null);
    }
    const problem = onCommit(draft);
    setError(problem);
    if (problem) setEditing(true);
    else onDraft?.(undefined);
  };
  return (
    <>
      <input
        {...rest}
        value={draft}
        aria-invalid={error ? true : undefined}
        onFocus={() => setEditing(true)}
        onChange={(event) => {
          setEditing(true);
          setDraft(event.target.value);
          onDraft?.(event.target.value);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') {
            setDraft(value);
            setError(null);
            setEditing(false);
            onDraft?.(undefined);
          }
        }}
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
