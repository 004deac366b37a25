import type { TimelineEvent } from '@balanza/model';
import { useNumbers } from '../../board/BoardContext.tsx';
import { VerdictIcon } from '../../ui/VerdictIcon.tsx';
import { attainment, roas } from './campaignFigures.ts';
import { EVENT_TIP_ID } from './EventBar.tsx';
import { type DateFormats, figureText } from './format.ts';
import { useTimelineText } from './texts.ts';

/**
 * The details of the bar under the pointer or with the focus: its whole title, dates, verdict (icon and
 * word), GMV against target, spend, attainment and ROAS — what a narrow bar cannot show. One tip for
 * the whole timeline, placed under the bar (fixed, so no lane clips it); the bar is described by it.
 */
export function EventTip({ event, at, dates }: { event: TimelineEvent; at: DOMRect; dates: DateFormats }) {
  const numbers = useNumbers();
  const text = useTimelineText();
  const money = (value: number | null) => (value === null ? text.figure.missing : numbers.value('money', value));
  const rows: [string, string][] = [
    [text.panel.actualGmv, money(event.actualGmv)],
    [text.panel.targetGmv, money(event.targetGmv)],
    [text.panel.spend, money(event.spend)],
    [text.figure.attainment, figureText(attainment(event), 'ratio', numbers, text.figure)],
    [text.figure.roas, figureText(roas(event), 'times', numbers, text.figure)],
  ];
  const when =
    event.start === event.end ? dates.short(event.start) : `${dates.short(event.start)} – ${dates.short(event.end)}`;
  const left = Math.max(8, Math.min(at.left, document.documentElement.clientWidth - 288));
  return (
    <div
      id={EVENT_TIP_ID}
      role="tooltip"
      className="tl-tip"
      data-testid="timeline-tip"
      data-event-id={event.id}
      style={{ top: at.bottom + 6, left }}
    >
      <strong className="tl-tip-title">{event.title || text.untitled}</strong>
      <span className="tl-tip-line">
        {when} ·{' '}
        <span className={`tl-tip-verdict verdict-${event.verdict}`}>
          <VerdictIcon verdict={event.verdict} /> {text.verdict[event.verdict]}
        </span>
      </span>
      <dl className="tl-tip-figures">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
