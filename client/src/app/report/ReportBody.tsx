import { useSnapshot } from '../../board/BoardContext.tsx';
import { useReviewMetrics } from '../../board/useReviewMetrics.ts';
import { CommentsChapter } from './CommentsChapter.tsx';
import { DashboardChapter } from './DashboardChapter.tsx';
import { GoalsChapter } from './GoalsChapter.tsx';
import { LedgerChapter, OutcomesChapter } from './LedgerChapter.tsx';
import { MeasuresChapter } from './MeasuresChapter.tsx';
import { NotesChapter } from './NotesChapter.tsx';
import { PlanChapter } from './PlanChapter.tsx';
import { chapterId } from './ReportParts.tsx';
import { TimelineChapter } from './TimelineChapter.tsx';
import { CHAPTERS, useReportText } from './texts.ts';

/**
 * The report's content, live: the board's title, the contents, then one chapter per part of the board in
 * the review's order. Everything re-renders from the board's snapshot, so an edit anywhere shows here.
 */
export function ReportBody() {
  const snapshot = useSnapshot();
  const metrics = useReviewMetrics(snapshot);
  const text = useReportText();
  const { meta } = snapshot;
  // The plan chapter is for boards made by "Start next year" (a plan year's board), as the Plan section.
  const hasPlan = Boolean(meta.previousBoardId);
  const chapters = CHAPTERS.filter((chapter) => chapter !== 'plan' || hasPlan);
  return (
    <>
      <header className="report-title">
        <p className="report-kicker">{text.heading}</p>
        <h1 data-testid="report-board-title">{meta.title}</h1>
        <p className="muted">
          {[meta.shop, text.years(meta.reviewedYear, meta.planYear), meta.currency].filter(Boolean).join(' · ')}
        </p>
        <p className="muted report-live">{text.live}</p>
      </header>
      <nav className="report-contents" aria-label={text.contents}>
        <h2>{text.contents}</h2>
        <ol>
          {chapters.map((chapter) => (
            <li key={chapter}>
              <a href={`#${chapterId(chapter)}`}>
                {chapter === 'plan' ? text.plan(meta.reviewedYear) : text.chapters[chapter]}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <GoalsChapter goals={snapshot.goals} metrics={metrics.goals} />
      <LedgerChapter lines={snapshot.ledger} metrics={metrics.ledger} />
      <OutcomesChapter outcomes={snapshot.outcomes} metrics={metrics.outcomes} />
      <TimelineChapter
        lanes={snapshot.lanes}
        events={snapshot.events}
        metrics={metrics.campaigns}
        locale={meta.locale}
      />
      <DashboardChapter metrics={metrics} />
      <NotesChapter snapshot={snapshot} />
      <MeasuresChapter snapshot={snapshot} />
      <CommentsChapter snapshot={snapshot} />
      {hasPlan && <PlanChapter snapshot={snapshot} />}
    </>
  );
}
