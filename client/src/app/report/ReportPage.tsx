import { useCallback } from 'react';
import { BoardProvider } from '../../board/BoardContext.tsx';
import { useRole } from '../../board/useRole.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Identity } from '../../identity/identity.ts';
import { useBoard, useBoardPart } from '../../sync/useBoard.ts';
import { useToast } from '../../ui/Toast.tsx';
import { AsMember } from '../board/AsMember.tsx';
import { BoardMissing } from '../board/BoardPage.tsx';
import { ReportBody } from './ReportBody.tsx';
import { ReportHeader } from './ReportHeader.tsx';

/**
 * The report of a whole board (`/b/:id/report`), read-only for every role: every chapter of the review
 * (and of the plan, when the board has one) on one page that follows the board live, reads on a phone
 * and prints ([REPORT-1]…[REPORT-6]). It opens the board as the board page does (as the member this browser is
 * there, through the same store).
 */
export function ReportPage({ boardId, identity }: { boardId: string; identity: Identity | null }) {
  return (
    <AsMember boardId={boardId} identity={identity}>
      {(member) => <ReportView boardId={boardId} identity={member} />}
    </AsMember>
  );
}

function ReportView({ boardId, identity }: { boardId: string; identity: Identity | null }) {
  const { t } = useI18n();
  const toast = useToast();
  const onError = useCallback(
    (error: Error) => toast({ tone: 'error', message: t.errors.saveFailed(error.message) }),
    [toast, t],
  );
  const board = useBoard(boardId, { identity, section: null, onError });
  const locked = useBoardPart(board.store, (data) => data.session.locked) === true;
  const meta = useBoardPart(board.store, (data) => data.meta);
  const abilities = useRole(boardId, locked);
  if (board.missing || board.denied) return <BoardMissing denied={board.denied} />;
  return (
    <BoardProvider value={{ boardId, board, abilities }}>
      <div className="report-layout" data-testid="report">
        <ReportHeader meta={meta} />
        <main className="report" id="main">
          {!board.store || !board.actions ? (
            <p className="loading" role="status">
              {board.status.state === 'offline' ? t.app.notYetHere : t.app.loading}
            </p>
          ) : (
            <ReportBody />
          )}
        </main>
      </div>
    </BoardProvider>
  );
}
