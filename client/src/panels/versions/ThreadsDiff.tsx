import { type CommentThread, compareThreads, type ThreadDifference } from '@balanza/model';
import { useEffect, useMemo, useRef, useState } from 'react';
import { restoreVersionThreads } from '../../api/versions.ts';
import { useBoardId } from '../../board/BoardContext.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useVersionText } from './texts.ts';
import { useThreadRestoreText } from './threadTexts.ts';
import { RestoreButton, StateBadge } from './VersionRowParts.tsx';

const NAME_CHARS = 80;
/** A version's name inside the name of the version saved before a restore (at most 120 characters in all). */
const VERSION_NAME_CHARS = 60;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

interface ThreadsDiffProps {
  versionId: string;
  /** The version's name as the panel shows it. */
  versionName: string;
  version: readonly CommentThread[];
  live: readonly CommentThread[];
  /** Only the facilitator restores threads: the server writes everyone's messages back for them ([VERSION-9]). */
  canRestore: boolean;
}

/**
 * A version's comment threads against the live board: each thread the restore would put back (changed, or
 * deleted since), with what it would write and keep, and the facilitator's restore — one thread, or all.
 */
export function ThreadsDiff({ versionId, versionName, version, live, canRestore }: ThreadsDiffProps) {
  const boardId = useBoardId();
  const text = useThreadRestoreText();
  const versionText = useVersionText();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) dialog.current?.querySelector('button')?.focus();
  }, [confirming]);
  const { changed, deleted } = useMemo(() => compareThreads(live, version), [live, version]);
  if (version.length === 0) return null;
  const differing = new Map<string, ThreadDifference>([...changed, ...deleted].map((d) => [d.id, d]));
  const rows = version.filter((thread) => differing.has(thread.id));
  const nameOf = (thread: CommentThread) => clip(thread.messages[0]?.text || versionText.untitled, NAME_CHARS);

  const restore = async (threads?: string[]) => {
    setConfirming(false);
    setBusy(true);
    try {
      const before = text.beforeName(clip(versionName, VERSION_NAME_CHARS));
      const done = await restoreVersionThreads(boardId, versionId, threads ? { threads, before } : { before });
      toast({ message: text.restored(done.changed.length + done.deleted.length) });
    } catch (error) {
      toast({ tone: 'error', message: text.failed((error as Error).message) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      className="version-section"
      data-testid="version-section"
      data-section="comments"
      aria-label={text.heading}
      aria-busy={busy}
    >
      <header className="version-section-head">
        <h4>{text.heading}</h4>
        <span className="muted">{text.summary(rows.length)}</span>
        {canRestore && rows.length > 0 && !confirming && (
          <button
            type="button"
            className="button button-small"
            data-testid="version-restore-threads"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {text.restoreAll}
          </button>
        )}
      </header>
      {!canRestore && rows.length > 0 && <p className="muted">{text.facilitatorOnly}</p>}
      {confirming && (
        <div ref={dialog} className="notice version-confirm" role="alertdialog" aria-label={text.restoreAll}>
          <span>{text.confirm(changed.length, deleted.length)}</span>
          <span className="version-confirm-actions">
            <button
              type="button"
              className="button button-small button-primary"
              data-testid="version-restore-threads-confirm"
              onClick={() => void restore()}
            >
              {versionText.confirm}
            </button>
            <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
              {versionText.cancel}
            </button>
          </span>
        </div>
      )}
      {rows.length > 0 && (
        <table className="version-table">
          <tbody>
            {rows.map((thread) => {
              const difference = differing.get(thread.id) as ThreadDifference;
              return (
                <tr
                  key={thread.id}
                  className={`version-row is-${difference.kind}`}
                  data-testid="version-thread"
                  data-thread-id={thread.id}
                  data-state={difference.kind}
                >
                  <td className="version-row-main">
                    <span className="version-row-name">{nameOf(thread)}</span>
                    <span className="version-row-details">{text.details(difference.messages, difference.newer)}</span>
                  </td>
                  <td className="version-row-state">
                    <StateBadge state={difference.kind === 'deleted' ? 'deleted' : 'changed'} />
                  </td>
                  <td className="version-row-action">
                    {canRestore && (
                      <RestoreButton
                        testId="version-restore-thread"
                        label={text.restoreOne}
                        accessibleName={text.restoreOneLabel(nameOf(thread))}
                        onClick={() => void restore([thread.id])}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
