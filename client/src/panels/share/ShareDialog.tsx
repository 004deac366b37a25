import type { Role } from '@balanza/model';
import { useCallback, useState } from 'react';
import { createShareLink, listShareLinks, revokeShareLink, type ShareLink, shareUrl } from '../../api/boards.ts';
import { useBoardId } from '../../board/BoardContext.tsx';
import { MembersPanel } from '../../members/MembersPanel.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { useRemoteList } from '../../ui/useRemoteList.ts';
import { useShareText } from './texts.ts';

const SHAREABLE: Role[] = ['editor', 'commenter', 'viewer', 'facilitator'];

/**
 * The facilitator's share dialog: lists the board's links, creates links for every role (a facilitator
 * link hands facilitation on) and revokes them. Render it only for the facilitator.
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const boardId = useBoardId();
  const text = useShareText();
  const [copied, setCopied] = useState<string | null>(null);
  const load = useCallback(() => listShareLinks(boardId), [boardId]);
  const { items: links, error, run } = useRemoteList(load, text.failed);

  const copy = async (link: ShareLink) => {
    if (!link.token) return;
    try {
      await navigator.clipboard.writeText(shareUrl(boardId, link.token));
      setCopied(link.id);
    } catch {
      // No clipboard (an insecure origin, or permission refused): the link stays selectable in its field.
      setCopied(null);
    }
  };

  // The creator's own link is not listed: it cannot be revoked, and the server says which it is.
  const shown = (links ?? []).filter((link) => !link.creator);
  return (
    <ModalDialog
      className="share-dialog"
      aria-labelledby="share-title"
      data-testid="share-dialog"
      data-loaded={links !== null}
      onCancel={onClose}
    >
      <div className="dialog-body">
        <h2 id="share-title">{text.title}</h2>
        <p className="muted">{text.intro}</p>
        <div className="share-create">
          {SHAREABLE.map((role) => (
            <button
              key={role}
              type="button"
              className="button"
              data-testid={`share-create-${role}`}
              onClick={() => run(() => createShareLink(boardId, role))}
            >
              {text.create(text.roles[role])}
            </button>
          ))}
        </div>
        <p className="muted small">{text.handOn}</p>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        {links === null && !error ? (
          <p className="muted" role="status">
            {text.loading}
          </p>
        ) : shown.length === 0 ? (
          <p className="muted">{text.none}</p>
        ) : (
          <ul className="share-links">
            {shown.map((link) => (
              <li key={link.id} data-testid="share-link" data-role={link.role} data-revoked={link.revokedAt !== null}>
                <span className="share-link-role">{text.roles[link.role]}</span>
                {link.revokedAt === null && link.token ? (
                  <>
                    <input
                      className="share-link-url"
                      readOnly
                      value={shareUrl(boardId, link.token)}
                      aria-label={text.roles[link.role]}
                      onFocus={(event) => event.currentTarget.select()}
                    />
                    <button type="button" className="button" onClick={() => copy(link)}>
                      {copied === link.id ? text.copied : text.copy}
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() => run(() => revokeShareLink(boardId, link.id))}
                    >
                      {text.revoke}
                    </button>
                  </>
                ) : (
                  <span className="muted">{text.revoked}</span>
                )}
              </li>
            ))}
          </ul>
        )}
        <MembersPanel />
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            {text.close}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
