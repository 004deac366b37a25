import { type BoardSnapshot, RESTORE_SECTIONS } from '@balanza/model';
import { useEffect, useMemo, useState } from 'react';
import { getVersion, type VersionInfo, type VersionNotes } from '../../api/versions.ts';
import { useAbilities, useBoardId, useBoardPart, useNumbers } from '../../board/BoardContext.tsx';
import { visibleCards } from '../../board/measures/board.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useIdentity } from '../../identity/identity.ts';
import { useMembers } from '../../members/memberNames.ts';
import { BackIcon } from '../../ui/icons.tsx';
import { NotesDiff } from './NotesDiff.tsx';
import { SectionDiff } from './SectionDiff.tsx';
import { ThreadsDiff } from './ThreadsDiff.tsx';
import { useVersionText } from './texts.ts';
import { useWhen } from './useWhen.ts';

/** Private-writing cards of others stay private in versions too: neither shown nor restored. */
const withVisibleCards = (snapshot: BoardSnapshot, selfId: string): BoardSnapshot => ({
  ...snapshot,
  measures: visibleCards(snapshot.measures, selfId),
});

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; reason: string }
  | { state: 'ready'; snapshot: BoardSnapshot; notes: VersionNotes; editedBy: string[] };

/** One version, read-only, section by section, with what differs from the live board and restore buttons. */
export function VersionView({ version, onBack }: { version: VersionInfo; onBack: () => void }) {
  const boardId = useBoardId();
  const text = useVersionText();
  // With the facilitator's board lock applied: a locked board shows no restore buttons ([FACIL-4]).
  const { canEdit, role } = useAbilities();
  const when = useWhen(version.createdAt);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void attempt;
    setLoaded({ state: 'loading' });
    getVersion(boardId, version.id).then(
      (body) =>
        !cancelled &&
        setLoaded({ state: 'ready', snapshot: body.snapshot, notes: body.notes, editedBy: body.editedBy }),
      (error: unknown) => !cancelled && setLoaded({ state: 'failed', reason: (error as Error).message }),
    );
    return () => {
      cancelled = true;
    };
  }, [boardId, version.id, attempt]);

  const selfId = useIdentity()?.id ?? '';
  const snapshot = useBoardPart((data) => data);
  const live = useMemo(() => snapshot && withVisibleCards(snapshot, selfId), [snapshot, selfId]);
  const shown = useMemo(
    () => (loaded.state === 'ready' ? withVisibleCards(loaded.snapshot, selfId) : null),
    [loaded, selfId],
  );
  // The live board's formats: a version is read in the board's current locale and currency.
  const formats = useNumbers();
  return (
    <div className="versions-body version-view" data-testid="version-view" data-version-id={version.id}>
      <button type="button" className="button button-small" onClick={onBack}>
        <BackIcon />
        {text.back}
      </button>
      <h3 className="versions-subhead">{version.name ?? text.automatic}</h3>
      <p className="muted">{text.viewing(when)}</p>
      {loaded.state === 'ready' && loaded.editedBy.length > 0 && <EditedBy members={loaded.editedBy} />}
      {loaded.state === 'loading' && (
        <p className="muted" role="status">
          {text.loading}
        </p>
      )}
      {loaded.state === 'failed' && (
        <div className="notice notice-error" role="alert">
          <span>{text.loadFailed(loaded.reason)}</span>
          <button type="button" className="button button-small" onClick={() => setAttempt((n) => n + 1)}>
            {text.retry}
          </button>
        </div>
      )}
      {shown &&
        live &&
        RESTORE_SECTIONS.map((section) => (
          <SectionDiff
            key={section}
            section={section}
            live={live}
            version={shown}
            formats={formats}
            canEdit={canEdit}
          />
        ))}
      {shown && live && loaded.state === 'ready' && (
        <NotesDiff notes={loaded.notes} version={shown} live={live} canEdit={canEdit} />
      )}
      {shown && live && (
        <ThreadsDiff
          versionId={version.id}
          versionName={version.name ?? text.automatic}
          version={shown.comments}
          live={live.comments}
          canRestore={role === 'facilitator'}
        />
      )}
    </div>
  );
}

/** Who edited since the version before ([MEMBER-4]), under the names of the member list. */
function EditedBy({ members }: { members: string[] }) {
  const text = useVersionText();
  const { language } = useI18n();
  const known = useMembers(useBoardId(), members);
  const names = members.map((id) => known.get(id)?.name ?? '…');
  return (
    <p className="muted" data-testid="version-edited-by">
      {text.editedBy(new Intl.ListFormat(language, { type: 'conjunction' }).format(names))}
    </p>
  );
}
