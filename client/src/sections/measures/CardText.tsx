import { useEffect, useState } from 'react';

interface CardTextProps {
  value: string;
  label: string;
  readOnly: boolean;
  onCommit(value: string): void;
  /** The unsaved draft while typing (null when none), so a card deleted meanwhile can be restored with it. */
  onDraft(draft: string | null): void;
}

/**
 * A card's text: the draft is kept while typing and stored on Enter or blur (Shift+Enter for a new
 * line), so a remote change never overwrites half-typed text; Escape goes back to the stored text.
 */
export function CardText({ value, label, readOnly, onCommit, onDraft }: CardTextProps) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  if (readOnly)
    return (
      <p className="ms-text" data-testid="measure-text">
        {value}
      </p>
    );
  const commit = () => {
    setEditing(false);
    onDraft(null);
    if (draft !== value) onCommit(draft);
  };
  return (
    <textarea
      className="ms-text"
      rows={Math.min(8, Math.max(1, Math.ceil(draft.length / 24)))}
      value={draft}
      aria-label={label}
      data-testid="measure-text"
      onFocus={() => setEditing(true)}
      onChange={(event) => {
        setEditing(true);
        setDraft(event.target.value);
        onDraft(event.target.value);
      }}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          commit();
        }
        if (event.key === 'Escape') {
          setDraft(value);
          setEditing(false);
          onDraft(null);
        }
      }}
    />
  );
}
