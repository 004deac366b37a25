import { useCallback, useEffect, useState } from 'react';
import {
  createShareLink,
  listShareLinks,
  type Role,
  revokeShareLink,
  type ShareLink,
  shareUrl,
} from '../api/boards.ts';
import { useShareText } from './texts.ts';

const SHAREABLE: Array<Exclude<Role, 'facilitator'>> = ['editor', 'commenter', 'viewer'];

/**
 * The facilitator's share dialog: lists the board's links, creates editor/commenter/viewer links and
 * revokes them. Render it only for the facilitator (`boardRole(boardId) === 'facilitator'`).
 */
export function ShareDialog({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const text = useShareText();
  const [links, setLinks] = useState<ShareLink[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        await action();
        setLinks(await listShareLinks(boardId));
        setError(null);
      } catch (failure) {
        setError(text.failed(failure instanceof Error ? failure.message : String(failure)));
      }
    },
    [boardId, text],
  );

  useEffect(() => {
    void run(async () => undefined);
  }, [run]);

  const copy = async (link: ShareLink) => {
    if (!link.token) return;
    await navigator.clipboard.writeText(shareUrl(boardId, link.token));
    setCopied(link.id);
  };

  return (
    <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="share-title" data-testid="share-dialog">
      <h2 id="share-title">{text.title}</h2>
      <p>{text.intro}</p>
      <div className="share-create">
        {SHAREABLE.map((role) => (
          <button key={role} type="button" onClick={() => run(() => createShareLink(boardId, role))}>
            {text.create(text.roles[role])}
          </button>
        ))}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {links.filter((link) => link.role !== 'facilitator').length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul className="share-links">
          {links
            .filter((link) => link.role !== 'facilitator')
            .map((link) => (
              <li key={link.id} data-testid="share-link" data-role={link.role} data-revoked={link.revokedAt !== null}>
                <span>{text.roles[link.role]}</span>
                {link.revokedAt === null ? (
                  <>
                    <button type="button" onClick={() => copy(link)}>
                      {copied === link.id ? text.copied : text.copy}
                    </button>
                    <button type="button" onClick={() => run(() => revokeShareLink(boardId, link.id))}>
                      {text.revoke}
                    </button>
                  </>
                ) : (
                  <span>{text.revoked}</span>
                )}
              </li>
            ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {text.close}
      </button>
    </div>
  );
}
