import { atLeast, SECTIONS, type Section } from '@balanza/model';
import { useCallback, useEffect, useMemo } from 'react';
import { AnnouncerProvider } from '../../board/announcer/Announcer.tsx';
import { BoardProvider, useLiveBoard } from '../../board/BoardContext.tsx';
import { openCountsBySection } from '../../board/comments/threads.ts';
import { guardActions } from '../../board/guardActions.ts';
import { PrivateCardsProvider } from '../../board/privateCards.tsx';
import { type BoardAbilities, useRole } from '../../board/useRole.ts';
import { useI18n } from '../../i18n/index.tsx';
import { type Identity, useMember } from '../../identity/identity.ts';
import { CommentsDrawer } from '../../panels/comments/CommentsDrawer.tsx';
import { SessionBar } from '../../panels/facilitation/SessionBar.tsx';
import { RoleBanner } from '../../panels/share/RoleBanner.tsx';
import { useShareText } from '../../panels/share/texts.ts';
import { Link } from '../../router/Link.tsx';
import { boardPath, navigate } from '../../router/router.ts';
import { type UseBoardResult, useBoard, useBoardPart } from '../../sync/useBoard.ts';
import { useToast } from '../../ui/Toast.tsx';
import { AsMember } from './AsMember.tsx';
import { SectionRail } from './SectionRail.tsx';
import { SECTION_VIEWS } from './sections.tsx';
import { TopBar } from './TopBar.tsx';
import { useUndoShortcuts } from './useUndoShortcuts.ts';

interface BoardPageProps {
  boardId: string;
  /** The section in the URL; null or unknown opens Goals. */
  section: string | null;
  identity: Identity | null;
  onEditIdentity: () => void;
}

const DEFAULT_SECTION: Section = 'goals';
const asSection = (value: string | null): Section | null =>
  SECTIONS.includes(value as Section) ? (value as Section) : null;

/**
 * One board, opened as the member this browser is there ([MEMBER-1]): a role link is joined first, so
 * the board connects with the member's own token and what this person writes carries the member's id.
 */
export function BoardPage(props: BoardPageProps) {
  return (
    <AsMember boardId={props.boardId} identity={props.identity}>
      {(member) => <BoardView {...props} identity={member} />}
    </AsMember>
  );
}

/** The frame (top bar, section rail) around the current section. */
function BoardView({ boardId, section: requested, identity, onEditIdentity }: BoardPageProps) {
  const { t } = useI18n();
  const toast = useToast();
  const section = asSection(requested) ?? DEFAULT_SECTION;
  const onError = useCallback(
    (error: Error) => toast({ tone: 'error', message: t.errors.saveFailed(error.message) }),
    [toast, t],
  );
  const opened = useBoard(boardId, { identity, section, onError });
  // Parts of the board, not the whole: an edit of an item does not re-render the page around it.
  const locked = useBoardPart(opened.store, (data) => data.session.locked) === true;
  const meta = useBoardPart(opened.store, (data) => data.meta);
  const comments = useBoardPart(opened.store, (data) => data.comments);
  const openComments = useMemo(() => (comments ? openCountsBySection(comments) : undefined), [comments]);
  const abilities = useRole(boardId, locked);
  // Private cards are the member's own ([MEMBER-5]): only a member the server knows has a private document.
  const member = useMember();
  const board = useGuardedBoard(opened, abilities);
  useUndoShortcuts(board.history.undo, board.history.redo);

  useEffect(() => {
    if (requested !== null && asSection(requested) === null) navigate(boardPath(boardId), { replace: true });
  }, [boardId, requested]);

  useEffect(() => {
    if (meta) document.title = `${meta.title} · Balanza`;
    return () => {
      document.title = 'Balanza';
    };
  }, [meta]);

  return (
    <>
      {board.missing || board.denied ? (
        <BoardMissing denied={board.denied} />
      ) : (
        <BoardProvider value={{ boardId, board, abilities }}>
          <PrivateCardsProvider
            boardId={boardId}
            memberId={member && atLeast(abilities.role, 'editor') ? member.id : null}
            onError={onError}
          >
            <AnnouncerProvider>
              <div className="board-layout" data-role={abilities.role} data-can-edit={abilities.canEdit}>
                <TopBar meta={meta} onEditIdentity={onEditIdentity} />
                <SessionBar section={section} />
                <SectionRail current={section} openComments={openComments} />
                <main className="board-main" id="main">
                  <BoardContent section={section} />
                </main>
                <CommentsDrawer />
              </div>
            </AnnouncerProvider>
          </PrivateCardsProvider>
        </BoardProvider>
      )}
    </>
  );
}

/**
 * The board with its actions limited to what this user's role allows ([AUTH-10]): a refused action
 * shows why instead of changing the local copy.
 */
function useGuardedBoard(board: UseBoardResult, abilities: BoardAbilities): UseBoardResult {
  const toast = useToast();
  const text = useShareText();
  const { actions } = board;
  const guarded = useMemo(
    () =>
      actions &&
      guardActions(actions, abilities, (refusal) => toast({ tone: 'error', message: text.refused[refusal] })),
    [actions, abilities, toast, text],
  );
  return useMemo(() => ({ ...board, actions: guarded }), [board, guarded]);
}

/** The server does not know this board, or refuses this browser's link: a plain page, no rail or connection state to confuse. */
export function BoardMissing({ denied }: { denied: boolean }) {
  const { t } = useI18n();
  const text = useShareText();
  return (
    <div className="home">
      <header className="topbar">
        <Link href="/" className="brand">
          {t.app.name}
        </Link>
      </header>
      <main className="centered-message">
        <h1>{denied ? text.deniedTitle : t.board.notFoundTitle}</h1>
        <p className="muted">{denied ? text.deniedBody : t.board.notFoundBody}</p>
        <Link href="/" className="button button-primary">
          {t.app.allBoards}
        </Link>
      </main>
    </div>
  );
}

function BoardContent({ section }: { section: Section }) {
  const { t } = useI18n();
  const board = useLiveBoard();
  const View = SECTION_VIEWS[section];
  return (
    <>
      <RoleBanner />
      {board.status.refused && (
        <div className="notice notice-error" role="alert">
          {t.board.refused(board.status.refused.reason)}
        </div>
      )}
      {!board.store || !board.actions ? (
        <p className="loading" role="status">
          {board.status.state === 'offline' ? t.app.notYetHere : t.app.loading}
        </p>
      ) : (
        <View />
      )}
    </>
  );
}
