import type { PickerState } from './mentionSuggestion.ts';
import { useNoteEditorText } from './texts.ts';

/**
 * The list "@" opens under the caret: arrows move, Enter or Tab picks, Escape closes (the keys stay
 * in the editor, see mentionSuggestion.ts); a click picks too.
 */
export function MentionPicker({ state }: { state: PickerState }) {
  const text = useNoteEditorText();
  const style = state.rect ? { left: state.rect.left, top: state.rect.bottom + 4 } : undefined;
  return (
    <div className="mention-picker" style={style} data-testid="mention-picker">
      {state.items.length === 0 ? (
        <p className="mention-picker-empty muted">{text.pickerEmpty}</p>
      ) : (
        <div role="listbox" aria-label={text.pickerLabel}>
          {state.items.map((target, index) => (
            <div
              key={`${target.kind}:${target.id}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === state.selected}
              className="mention-picker-option"
              data-testid="mention-option"
              // mousedown, not click: the editor must keep its selection until the mention is inserted.
              onMouseDown={(event) => {
                event.preventDefault();
                state.choose(target);
              }}
            >
              <span className="mention-chip-kind">{text.kind[target.kind]}</span>
              <span>{target.label}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
