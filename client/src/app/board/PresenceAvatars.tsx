import { useBoardId, useLiveBoard } from '../../board/BoardContext.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { boardPath, navigate } from '../../router/router.ts';
import { Avatar } from '../../ui/Avatar.tsx';

/** Everyone on the board; clicking someone opens the section they are in. */
export function PresenceAvatars() {
  const boardId = useBoardId();
  const peers = useLiveBoard().presence;
  const { t } = useI18n();
  if (peers.length === 0) return null;
  return (
    <ul className="presence" aria-label={t.presence.label}>
      {peers.map((peer) => {
        const name = peer.isSelf ? `${peer.user.name} (${t.presence.you})` : peer.user.name;
        const where = peer.section ? t.presence.where(name, t.sections[peer.section]) : t.presence.nowhere(name);
        return (
          <li key={peer.user.id}>
            <button
              type="button"
              className="presence-avatar"
              data-testid="presence-avatar"
              data-name={peer.user.name}
              data-section={peer.section ?? ''}
              data-self={peer.isSelf ? 'true' : undefined}
              title={where}
              aria-label={where}
              style={{ borderColor: peer.user.color }}
              onClick={() => peer.section && navigate(boardPath(boardId, peer.section))}
            >
              <Avatar name={peer.user.name} color={peer.user.color} size={26} />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
