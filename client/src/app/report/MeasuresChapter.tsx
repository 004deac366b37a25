import { type BoardSnapshot, MEASURE_COLUMNS } from '@balanza/model';
import { groupByColumn, totalVotes } from '../../board/measures/board.ts';
import { useMeasureText } from '../../board/measures/texts.ts';
import { EmptyNote, ReportChapter } from './ReportParts.tsx';
import { useReportText } from './texts.ts';

/**
 * The measures in keep / change / add, each with its owner, due quarter, votes and the goals and events
 * it answers to. Cards still private to their author are left out: a report is for everyone.
 */
export function MeasuresChapter({ snapshot }: { snapshot: BoardSnapshot }) {
  const text = useReportText();
  const measureText = useMeasureText();
  const columns = groupByColumn(snapshot.measures.filter((card) => !card.hidden));
  const goalNames = new Map(snapshot.goals.map((goal) => [goal.id, goal.label]));
  const eventNames = new Map(snapshot.events.map((event) => [event.id, event.title]));
  return (
    <ReportChapter chapter="measures" title={text.chapters.measures}>
      <div className="report-columns">
        {MEASURE_COLUMNS.map((column) => (
          <div key={column} className="report-part" data-testid={`report-measures-${column}`}>
            <h3>{measureText.column[column]}</h3>
            <p className="muted">{measureText.columnHint[column]}</p>
            {columns[column].length === 0 ? (
              <EmptyNote>{text.empty.measures}</EmptyNote>
            ) : (
              <ul className="report-measures">
                {columns[column].map((card) => {
                  const links = [
                    ...card.goalIds.map((id) => goalNames.get(id)),
                    ...card.eventIds.map((id) => eventNames.get(id)),
                  ].filter((name): name is string => Boolean(name));
                  const votes = totalVotes(card);
                  return (
                    <li key={card.id} data-testid="report-measure">
                      <p className="report-measure-text">{card.text || measureText.untitled}</p>
                      <p className="report-measure-meta muted">
                        {[
                          card.owner && `${text.owner}: ${card.owner}`,
                          card.due && `${text.due}: ${card.due}`,
                          votes > 0 && text.votes(votes),
                          links.length > 0 && `${text.answersTo}: ${links.join(', ')}`,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </p>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        ))}
      </div>
    </ReportChapter>
  );
}
