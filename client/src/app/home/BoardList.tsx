import { useState } from 'react';
import { ApiError, type BoardSummary, deleteBoard } from '../../api/boards.ts';
import { useI18n } from '../../i18n/index.tsx';
import { forgetDeviceBoard } from '../../offline/deviceBoards.ts';
import { useOfflineText } from '../../offline/texts.ts';
import { Link } from '../../router/Link.tsx';
import { boardPath } from '../../router/router.ts';
import { forgetLocalBoard } from '../../sync/connection.ts';
import { TrashIcon } from '../../ui/icons.tsx';
import { useToast } from '../../ui/Toast.tsx';

/** The boards, newest first, each a link; deleting asks for confirmation in place. */
export function BoardList({
  boards,
  onDevice,
  onDeleted,
}: {
  boards: BoardSummary[];
  /** Boards kept on this device: tagged, they open offline. */
  onDevice: Set<string>;
  onDeleted: (id: string) => void;
}) {
  const sorted = [...boards].sort((a, b) => time(b.updatedAt) - time(a.updatedAt));
  return (
    <ul className="board-list">
      {sorted.map((board) => (
        <BoardListItem key={board.id} board={board} onDevice={onDevice.has(board.id)} onDeleted={onDeleted} />
      ))}
    </ul>
  );
}

const time = (value: BoardSummary['updatedAt']) => (value === null ? 0 : new Date(value).getTime() || 0);

function BoardListItem({
  board,
  onDevice,
  onDeleted,
}: {
  board: BoardSummary;
  onDevice: boolean;
  onDeleted: (id: string) => void;
}) {
  const { t, language } = useI18n();
  const offline = useOfflineText();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const updated = time(board.updatedAt);

  const remove = async () => {
    setBusy(true);
    try {
      await deleteBoard(board.id);
      forgetDeviceBoard(board.id);
      await forgetLocalBoard(board.id).catch(() => {});
      onDeleted(board.id);
    } catch (reason) {
      setBusy(false);
      const message =
        reason instanceof ApiError && reason.kind === 'network' ? t.app.unreachable : (reason as Error).message;
      toast({ tone: 'error', message });
    }
  };

  return (
    <li className="board-item">
      <Link href={boardPath(board.id)} className="board-link" data-testid="board-link">
        <span className="board-title">{board.title}</span>
        <span className="board-meta">
          <span>{board.shop || t.home.noShop}</span>
          <span>{t.home.years(board.reviewedYear, board.planYear)}</span>
          <span>{board.currency}</span>
          {onDevice && (
            <span className="board-offline-tag" data-testid="board-on-device" title={offline.onDeviceHelp}>
              {offline.onDevice}
            </span>
          )}
          {updated > 0 && (
            <span>{t.home.updated(new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(updated))}</span>
          )}
        </span>
      </Link>
      {confirming ? (
        <div className="confirm">
          <span>{t.home.confirmDelete(board.title)}</span>
          <button type="button" className="button button-danger button-small" onClick={remove} disabled={busy}>
            {t.home.confirm}
          </button>
          <button type="button" className="button button-small" onClick={() => setConfirming(false)} disabled={busy}>
            {t.home.cancel}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="icon-button"
          aria-label={t.home.deleteBoard(board.title)}
          title={t.home.deleteBoard(board.title)}
          onClick={() => setConfirming(true)}
        >
          <TrashIcon />
        </button>
      )}
    </li>
  );
}
