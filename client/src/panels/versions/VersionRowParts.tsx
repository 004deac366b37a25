import type { VersionRow } from './rows.ts';
import { useVersionText } from './texts.ts';

/** How a row of a version differs from the live board: never colour alone, an icon-like mark and a word. */
export function StateBadge({ state, label }: { state: Exclude<VersionRow['state'], 'same'>; label?: string }) {
  const text = useVersionText();
  const word = label ?? { changed: text.stateChanged, deleted: text.stateDeleted, added: text.stateAdded }[state];
  const mark = { changed: '≠', deleted: '−', added: '+' }[state];
  return (
    <span className={`version-state is-${state}`}>
      <span aria-hidden="true">{mark}</span> {word}
    </span>
  );
}

/** The restore button of one row of a version (shown only to those who may edit). */
export function RestoreButton(props: { testId: string; label: string; accessibleName: string; onClick(): void }) {
  return (
    <button
      type="button"
      className="button button-small"
      data-testid={props.testId}
      aria-label={props.accessibleName}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}
