import type { TimelineEvent } from '@balanza/model';
import { useNumbers } from '../../board/BoardContext.tsx';
import { attainment, lastYearOf, roas, yearOverYear } from './campaignFigures.ts';
import { figureText } from './format.ts';
import { useTimelineText } from './texts.ts';

/** Attainment, ROAS and last year's same campaign, each with its formula one hover away. */
export function EventFigures({ event, events }: { event: TimelineEvent; events: TimelineEvent[] }) {
  const numbers = useNumbers();
  const text = useTimelineText();
  const last = lastYearOf(event, events);
  const rows = [
    { label: text.figure.attainment, figure: attainment(event), kind: 'ratio' as const, id: 'attainment' },
    { label: text.figure.roas, figure: roas(event), kind: 'times' as const, id: 'roas' },
  ];
  return (
    <dl className="tl-figures" data-testid="event-figures">
      {rows.map((row) => (
        <div key={row.id} title={row.figure.formula}>
          <dt>{row.label}</dt>
          <dd data-testid={`event-${row.id}`}>{figureText(row.figure, row.kind, numbers, text.figure)}</dd>
          <dd className="tl-formula">{row.figure.formula}</dd>
        </div>
      ))}
      <div>
        <dt>{text.panel.lastYear}</dt>
        {last ? (
          <>
            <dd>{last.actualGmv === null ? text.figure.missing : numbers.value('money', last.actualGmv)}</dd>
            <dd className="tl-formula">
              {text.figure.yoy}: {figureText(yearOverYear(event, last), 'ratio', numbers, text.figure)}
            </dd>
          </>
        ) : (
          <dd className="muted">{text.panel.noLastYear}</dd>
        )}
      </div>
    </dl>
  );
}
