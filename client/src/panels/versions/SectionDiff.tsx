import type { BoardSnapshot, RestoreSection } from '@balanza/model';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveBoard } from '../../board/BoardContext.tsx';
import type { NumberFormats } from '../../i18n/numbers.ts';
import { useToast } from '../../ui/Toast.tsx';
import { sectionView, type VersionRow } from './rows.ts';
import { useVersionText } from './texts.ts';
import { RestoreButton, StateBadge } from './VersionRowParts.tsx';

interface SectionDiffProps {
  section: RestoreSection;
  live: BoardSnapshot;
  version: BoardSnapshot;
  formats: NumberFormats;
  canEdit: boolean;
}

/** One section of a version, read-only: each record marked changed / deleted since / added since. */
export function SectionDiff({ section, live, version, formats, canEdit }: SectionDiffProps) {
  const board = useLiveBoard();
  const text = useVersionText();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  // The button that opened the question goes away: keyboard focus moves to the question's first answer.
  useEffect(() => {
    if (confirming) dialog.current?.querySelector('button')?.focus();
  }, [confirming]);
  const view = useMemo(
    () => sectionView(live, version, section, formats, text),
    [live, version, section, formats, text],
  );
  const { changed, deleted, added } = view.comparison;
  const title = text.sections[section] ?? section;
  const undoable = (message: string) => toast({ message, action: { label: text.undo, run: board.history.undo } });

  const restoreSection = () => {
    setConfirming(false);
    if (board.actions?.restoreSection(section, version)) undoable(text.restoredSection(title));
  };
  const restoreRow = (row: VersionRow) => {
    if (!board.actions) return;
    // A refused restore (its lane is gone…) returns nothing; the actions' error handler reported why.
    if (board.actions.restoreItem(row.collection, row.item)) undoable(text.restoredItem(row.name));
  };

  return (
    <section className="version-section" data-testid="version-section" data-section={section} aria-label={title}>
      <header className="version-section-head">
        <h4>{title}</h4>
        <span className="muted">{text.summary(changed.length, deleted.length, added.length)}</span>
        {canEdit && !confirming && (
          <button
            type="button"
            className="button button-small"
            data-testid="version-restore-section"
            onClick={() => setConfirming(true)}
          >
            {text.restoreSection}
          </button>
        )}
      </header>
      {confirming && (
        <div ref={dialog} className="notice version-confirm" role="alertdialog" aria-label={text.restoreSection}>
          <span>
            {changed.length + deleted.length === 0
              ? text.nothingToRestore
              : text.confirmRestore(title, changed.length, deleted.length)}
          </span>
          <span className="version-confirm-actions">
            {changed.length + deleted.length > 0 && (
              <button
                type="button"
                className="button button-small button-primary"
                data-testid="version-restore-confirm"
                onClick={restoreSection}
              >
                {text.confirm}
              </button>
            )}
            <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
              {text.cancel}
            </button>
          </span>
        </div>
      )}
      {view.groups.map(({ collection, rows }) =>
        rows.length === 0 ? null : (
          <table className="version-table" key={collection}>
            {view.groups.length > 1 && <caption>{text.collections[collection]}</caption>}
            <tbody>
              {rows.map((row) => (
                <tr
                  key={`${row.state}:${row.id}`}
                  className={`version-row is-${row.state}`}
                  data-testid="version-row"
                  data-item-id={row.id}
                  data-state={row.state}
                >
                  <td className="version-row-main">
                    <span className="version-row-name">{row.name}</span>
                    {row.details && <span className="version-row-details">{row.details}</span>}
                    {row.state === 'changed' && (
                      <span className="version-row-details">
                        {text.changedFields(row.fields.map((field) => text.fields[field] ?? field).join(', '))}
                      </span>
                    )}
                  </td>
                  <td className="version-row-state">{row.state !== 'same' && <StateBadge state={row.state} />}</td>
                  <td className="version-row-action">
                    {canEdit && (row.state === 'deleted' || row.state === 'changed') && (
                      <RestoreButton
                        testId="version-restore-item"
                        label={text.restoreItem}
                        accessibleName={text.restoreItemLabel(row.name)}
                        onClick={() => restoreRow(row)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
    </section>
  );
}
