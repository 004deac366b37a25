import type { BoardMeta } from '@balanza/model';
import { useId, useState } from 'react';
import { useAbilities, useBoardId, useBoardPart, useLiveBoard } from '../../board/BoardContext.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { BoardFormatButton } from '../../panels/board-format/BoardFormatButton.tsx';
import { CommentsToggle } from '../../panels/comments/CommentsToggle.tsx';
import { ExportMenu } from '../../panels/export/ExportMenu.tsx';
import { YearLinks } from '../../panels/next-year/YearLinks.tsx';
import { ShareDialog } from '../../panels/share/ShareDialog.tsx';
import { useShareText } from '../../panels/share/texts.ts';
import { VersionsToggle } from '../../panels/versions/VersionsToggle.tsx';
import { Link } from '../../router/Link.tsx';
import { reportPath } from '../../router/router.ts';
import { BackIcon, RedoIcon, UndoIcon } from '../../ui/icons.tsx';
import { LanguagePicker } from '../../ui/LanguagePicker.tsx';
import { MoreToggle } from '../../ui/MoreToggle.tsx';
import { IdentityButton } from '../identity/IdentityButton.tsx';
import { useReportText } from '../report/texts.ts';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { PresenceAvatars } from './PresenceAvatars.tsx';

interface TopBarProps {
  meta: BoardMeta | null;
  onEditIdentity: () => void;
}

/**
 * Board title, shop and years; undo/redo; everyone's avatars; the connection state. On a narrow screen
 * everything but the way back, the title and the connection folds into one "More" menu ([A11Y-6]).
 */
export function TopBar({ meta, onEditIdentity }: TopBarProps) {
  const { t } = useI18n();
  const board = useLiveBoard();
  const comments = useBoardPart((data) => data.comments);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  return (
    <header className="topbar board-topbar">
      <Link href="/" className="icon-button" title={t.app.allBoards} aria-label={t.app.allBoards}>
        <BackIcon />
      </Link>
      <div className="board-heading">
        <span className="board-heading-title">{meta?.title ?? '…'}</span>
        {meta && (
          <span className="board-heading-meta">
            {meta.shop && <span>{meta.shop}</span>}
            <span className="board-heading-years">{t.board.years(meta.reviewedYear, meta.planYear)}</span>
            <BoardFormatButton meta={meta} />
          </span>
        )}
      </div>
      <ConnectionBadge status={board.status} />
      <MoreToggle
        open={menuOpen}
        controls={menuId}
        onToggle={() => setMenuOpen((open) => !open)}
        className="topbar-menu-toggle"
        testId="topbar-menu-toggle"
      />
      <div className="topbar-more" id={menuId} data-open={menuOpen}>
        {meta && <YearLinks meta={meta} />}
        <span className="spacer" />
        <div className="topbar-group">
          <button
            type="button"
            className="icon-button"
            onClick={board.history.undo}
            disabled={!board.history.canUndo}
            title={`${t.board.undo} (Ctrl+Z)`}
            aria-label={t.board.undo}
          >
            <UndoIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={board.history.redo}
            disabled={!board.history.canRedo}
            title={`${t.board.redo} (Ctrl+Shift+Z)`}
            aria-label={t.board.redo}
          >
            <RedoIcon />
          </button>
        </div>
        {comments && <CommentsToggle threads={comments} />}
        {comments && <VersionsToggle />}
        <ExportMenu />
        <ReportLink />
        <ShareButton />
        <PresenceAvatars />
        <LanguagePicker />
        <IdentityButton onEdit={onEditIdentity} />
      </div>
    </header>
  );
}

/** The way to the board's report: every role may read it ([REPORT-1]). */
function ReportLink() {
  const text = useReportText();
  const boardId = useBoardId();
  return (
    <Link href={reportPath(boardId)} className="button" data-testid="report-open" title={text.openTitle}>
      {text.open}
    </Link>
  );
}

/** The facilitator's way into the share dialog; nobody else sees it. */
function ShareButton() {
  const text = useShareText();
  const { isFacilitator } = useAbilities();
  const [open, setOpen] = useState(false);
  if (!isFacilitator) return null;
  return (
    <>
      <button type="button" className="button" data-testid="share-open" onClick={() => setOpen(true)}>
        {text.share}
      </button>
      {open && <ShareDialog onClose={() => setOpen(false)} />}
    </>
  );
}
