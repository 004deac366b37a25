import { type FormEvent, useState } from 'react';
import { saveVersion, type VersionInfo } from '../../api/versions.ts';
import { useAbilities, useBoardId } from '../../board/BoardContext.tsx';
import { useIdentity } from '../../identity/identity.ts';
import { CrossIcon } from '../../ui/icons.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useVersionText } from './texts.ts';
import { useVersionList } from './useVersionList.ts';
import { useWhen } from './useWhen.ts';
import { VersionView } from './VersionView.tsx';

/** The versions drawer: save a named version, list them all, open one read-only beside the live board. */
export function VersionsPanel({ onClose }: { onClose: () => void }) {
  const boardId = useBoardId();
  const text = useVersionText();
  // Lock-aware, like the version view: a locked board offers no saving or restoring.
  const { canEdit } = useAbilities();
  const { list, reload } = useVersionList(boardId);
  const [opened, setOpened] = useState<VersionInfo | null>(null);
  return (
    <aside
      className="versions-panel"
      aria-label={text.title}
      data-testid="versions-panel"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <header className="versions-head">
        <h2>{text.title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={text.close}
          onClick={onClose}
          data-testid="versions-close"
        >
          <CrossIcon />
        </button>
      </header>
      {opened ? (
        <VersionView version={opened} onBack={() => setOpened(null)} />
      ) : (
        <div className="versions-body">
          {canEdit ? <SaveVersionForm onSaved={reload} /> : <p className="muted">{text.readOnlyNoSave}</p>}
          <h3 className="versions-subhead">{text.listHeading}</h3>
          {list.state === 'loading' && (
            <p className="muted" role="status">
              {text.loading}
            </p>
          )}
          {list.state === 'failed' && (
            <div className="notice notice-error" role="alert">
              <span>{text.loadFailed(list.reason)}</span>
              <button type="button" className="button button-small" onClick={reload}>
                {text.retry}
              </button>
            </div>
          )}
          {list.state === 'ready' &&
            (list.versions.length === 0 ? (
              <p className="muted">{text.empty}</p>
            ) : (
              <ul className="versions-list">
                {list.versions.map((version) => (
                  <li key={version.id}>
                    <VersionListItem version={version} onOpen={() => setOpened(version)} />
                  </li>
                ))}
              </ul>
            ))}
        </div>
      )}
    </aside>
  );
}

function VersionListItem({ version, onOpen }: { version: VersionInfo; onOpen: () => void }) {
  const text = useVersionText();
  const when = useWhen(version.createdAt);
  const name = version.name ?? text.automatic;
  return (
    <button
      type="button"
      className="version-item"
      data-testid="version-item"
      data-version-id={version.id}
      onClick={onOpen}
    >
      {/* The visible name, date and author make the button's name; the verb is read first. */}
      <span className="visually-hidden">{text.openPrefix}</span>
      <span className="version-item-name">{name}</span>
      <span className="version-item-meta">
        <span className={`version-badge${version.auto ? ' is-auto' : ''}`}>
          {version.auto ? text.autoBadge : text.namedBadge}
        </span>
        <time dateTime={new Date(version.createdAt).toISOString()}>{when}</time>
        {version.createdBy && <span>{text.by(version.createdBy)}</span>}
      </span>
    </button>
  );
}

function SaveVersionForm({ onSaved }: { onSaved: () => void }) {
  const boardId = useBoardId();
  const text = useVersionText();
  const toast = useToast();
  const identity = useIdentity();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(text.nameNeeded);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await saveVersion(boardId, trimmed, identity?.name);
      setName('');
      toast({ message: text.saved(trimmed) });
      onSaved();
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="versions-save" onSubmit={submit}>
      <div className="field grow">
        <label htmlFor="version-name">{text.nameLabel}</label>
        <input
          id="version-name"
          data-testid="version-name"
          value={name}
          maxLength={120}
          placeholder={text.namePlaceholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'version-name-error' : undefined}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" data-testid="version-save" disabled={busy}>
        {busy ? text.saving : text.save}
      </button>
      {error && (
        <p className="field-error" id="version-name-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
