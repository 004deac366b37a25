import { SECTIONS, type Section } from '@balanza/model';
import { useBoardId, useBoardPart, useLiveBoard } from '../../board/BoardContext.tsx';
import { useCommentText } from '../../board/comments/texts.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Link } from '../../router/Link.tsx';
import { boardPath } from '../../router/router.ts';

/** The sections of a board, with a dot for each teammate in each and the open comments of each. */
export function SectionRail({
  current,
  openComments = {},
}: {
  current: Section;
  openComments?: Partial<Record<Section, number>>;
}) {
  const boardId = useBoardId();
  const board = useLiveBoard();
  const peers = board.presence;
  // A plan board (made from last year's review) opens on its plan: Plan comes first in its rail ([PLAN-16]).
  const isPlanBoard = Boolean(useBoardPart((data) => data.meta.previousBoardId));
  const sections = isPlanBoard ? ['plan' as const, ...SECTIONS.filter((section) => section !== 'plan')] : SECTIONS;
  const { t } = useI18n();
  const commentText = useCommentText();
  return (
    <nav className="rail" aria-label={t.board.sectionsNav}>
      <ul>
        {sections.map((section) => {
          const here = peers.filter((peer) => peer.section === section && !peer.isSelf);
          return (
            <li key={section}>
              <Link
                href={boardPath(boardId, section)}
                className="rail-link"
                aria-current={section === current ? 'page' : undefined}
              >
                <span className="rail-label">{t.sections[section]}</span>
                {(openComments[section] ?? 0) > 0 && (
                  <span
                    className="rail-comments"
                    data-testid={`rail-comments-${section}`}
                    title={commentText.openCount(openComments[section] ?? 0)}
                  >
                    <span aria-hidden="true">{openComments[section]}</span>
                    <span className="visually-hidden">{commentText.openCount(openComments[section] ?? 0)}</span>
                  </span>
                )}
                {here.length > 0 && (
                  <span className="rail-people" title={here.map((peer) => peer.user.name).join(', ')}>
                    {here.slice(0, 4).map((peer) => (
                      <span key={peer.user.id} className="rail-dot" style={{ background: peer.user.color }} />
                    ))}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
