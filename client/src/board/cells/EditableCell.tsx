import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { WarningIcon } from '../../ui/icons.tsx';
import { useAbilities } from '../BoardContext.tsx';
import { useFirstFit } from './fitText.ts';
import { cellAttributes, type Move, useGrid } from './gridNavigation.ts';

interface EditableCellProps {
  row: number;
  col: number;
  /** What the cell shows when it is not focused (e.g. "CN¥1,200"). */
  display: string;
  /** What editing starts from (e.g. "1200"). */
  edit: string;
  /** Stores the text; returns an error message to show instead when the text is not acceptable. */
  onCommit: (text: string) => string | null;
  label: string;
  testId: string;
  placeholder?: string;
  numeric?: boolean;
  maxLength?: number;
  /** Why a peer's value for this cell was rejected, already worded for the user. */
  flag?: string | undefined;
  /** The unsaved text while typing, null once stored or dropped (so a row deleted meanwhile can be restored with it). */
  onDraft?: ((text: string | null) => void) | undefined;
  /** The value shown is derived (a suggestion, a share of the year), not stored: shown muted until typed over. */
  derived?: boolean | undefined;
  /** Shorter forms of `display` (`¥12.0M`), shown in turn when the cell is too narrow for it: never cut. */
  shorter?: string[] | undefined;
}

/**
 * A spreadsheet cell: typing goes into a local draft, stored on Enter, Tab, arrows or blur — never
 * on each keystroke. Esc drops the draft. Arrow keys move between cells unless the caret is
 * moving inside a partly selected text.
 */
export function EditableCell(props: EditableCellProps) {
  const { row, col, display, edit, onCommit, label, testId, placeholder, numeric, maxLength, flag, onDraft, derived } =
    props;
  const forms = props.shorter ? [display, ...props.shorter] : [display];
  const grid = useGrid();
  const { canEdit } = useAbilities();
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const [focused, setFocused] = useState(false);
  const [draft, setDraftState] = useState<string | null>(null);
  const draftRef = useRef<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selectAll, setSelectAll] = useState(0);
  const justFocused = useRef(false);
  const fitted = forms[useFirstFit(input, forms)] ?? display;

  const setDraft = (value: string | null) => {
    draftRef.current = value;
    setDraftState(value);
    onDraft?.(value);
  };

  // Select the whole value after it switched to its editable form, so typing replaces it.
  useLayoutEffect(() => {
    if (selectAll > 0) input.current?.select();
  }, [selectAll]);

  /** Stores the draft; false (and the error shown) when it was not acceptable. */
  const commit = (): boolean => {
    const text = draftRef.current;
    if (text === null) return true;
    const problem = onCommit(text);
    if (problem) {
      setError(problem);
      return false;
    }
    setDraft(null);
    setError(null);
    return true;
  };

  const go = (event: KeyboardEvent, move: Move): void => {
    if (!commit()) {
      event.preventDefault();
      return;
    }
    if (grid.move(row, col, move) || (move !== 'next' && move !== 'prev')) event.preventDefault();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const element = event.currentTarget;
    const start = element.selectionStart ?? 0;
    const end = element.selectionEnd ?? 0;
    const length = element.value.length;
    const allSelected = start === 0 && end === length;
    switch (event.key) {
      case 'Enter':
        return go(event, event.shiftKey ? 'up' : 'down');
      case 'Tab':
        return go(event, event.shiftKey ? 'prev' : 'next');
      case 'ArrowUp':
        return go(event, 'up');
      case 'ArrowDown':
        return go(event, 'down');
      case 'ArrowLeft':
        if (allSelected || (start === 0 && end === 0)) go(event, 'left');
        return;
      case 'ArrowRight':
        if (allSelected || (start === length && end === length)) go(event, 'right');
        return;
      case 'Escape':
        if (draftRef.current !== null) {
          event.preventDefault();
          setDraft(null);
          setError(null);
          setSelectAll((n) => n + 1);
        }
        return;
      case 'F2':
        event.preventDefault();
        element.setSelectionRange(length, length);
        return;
    }
  };

  const value = draft ?? (focused ? edit : fitted);
  return (
    <div className={`cell${flag ? ' cell-flagged' : ''}${error ? ' cell-error' : ''}${derived ? ' cell-derived' : ''}`}>
      <input
        ref={input}
        {...cellAttributes(row, col)}
        data-testid={testId}
        data-derived={derived ? 'true' : undefined}
        className={`cell-input${numeric ? ' numeric' : ''}`}
        value={value}
        // Read-only for viewers and commenters: still focusable, so the grid can be read with the keyboard.
        readOnly={!canEdit}
        data-undo={draft === null ? 'board' : undefined}
        placeholder={canEdit ? placeholder : undefined}
        maxLength={maxLength}
        inputMode={numeric ? 'decimal' : undefined}
        spellCheck={numeric ? false : undefined}
        autoComplete="off"
        aria-label={label}
        title={flag ?? (focused || !display ? undefined : display)}
        aria-invalid={error || flag ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onFocus={() => {
          setFocused(true);
          justFocused.current = true;
          setSelectAll((n) => n + 1);
        }}
        onMouseUp={(event) => {
          // Keep the select-all of a click that focused the cell (the mouseup would collapse it).
          if (justFocused.current) event.preventDefault();
          justFocused.current = false;
        }}
        onBlur={() => {
          commit();
          setFocused(false);
          justFocused.current = false;
        }}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      {flag && !error && (
        <span className="cell-flag-icon" aria-hidden="true">
          <WarningIcon />
        </span>
      )}
      {error && (
        <span id={errorId} className="cell-error-message" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
