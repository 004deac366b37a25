import type { BoardMeta } from '@balanza/model';
import { useEffect } from 'react';
import { useBoardId, useLiveBoard } from '../../board/BoardContext.tsx';
import { Link } from '../../router/Link.tsx';
import { boardPath } from '../../router/router.ts';
import { BackIcon } from '../../ui/icons.tsx';
import { ConnectionBadge } from '../board/ConnectionBadge.tsx';
import { useReportText } from './texts.ts';

/** The report's bar: back to the board, the connection state and the print button; none of it is printed. */
export function ReportHeader({ meta }: { meta: BoardMeta | null }) {
  const text = useReportText();
  const boardId = useBoardId();
  const board = useLiveBoard();
  useEffect(() => {
    if (meta) document.title = `${meta.title} · ${text.heading} · Balanza`;
    return () => {
      document.title = 'Balanza';
    };
  }, [meta, text]);
  return (
    <header className="topbar report-topbar">
      <Link href={boardPath(boardId)} className="button" data-testid="report-back">
        <BackIcon /> {text.back}
      </Link>
      <span className="spacer" />
      <ConnectionBadge status={board.status} />
      <button type="button" className="button button-primary" data-testid="report-print" onClick={() => window.print()}>
        {text.print}
      </button>
    </header>
  );
}
