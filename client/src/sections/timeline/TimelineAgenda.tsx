import type { Lane, TimelineEvent } from '@balanza/model';
import { type KeyboardEvent, useMemo } from 'react';
import { useNumbers } from '../../board/BoardContext.tsx';
import { VerdictIcon } from '../../ui/VerdictIcon.tsx';
import { roas } from './campaignFigures.ts';
import { type DateFormats, figureText } from './format.ts';
import { useTimelineText } from './texts.ts';
import { useTimelineViewText } from './view-texts.ts';

interface AgendaProps {
  events: TimelineEvent[];
  lanes: Lane[];
  dates: DateFormats;
  selectedId: string | null;
  onSelect(eventId: string): void;
}

/** Events by the month they start in, in date order (then title, so every peer lists alike). */
function byMonth(events: TimelineEvent[]): { key: string; date: Date; events: TimelineEvent[] }[] {
  const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
  const months = new Map<string, TimelineEvent[]>();
  for (const event of sorted) {
    const key = event.start.slice(0, 7);
    const list = months.get(key);
    if (list) list.push(event);
    else months.set(key, [event]);
  }
  return [...months].map(([key, list]) => ({ key, date: new Date(`${key}-01T00:00:00Z`), events: list }));
}

/** Up and down (Home, End) move between the agenda's events, as Tab does. */
function onAgendaKey(keyEvent: KeyboardEvent<HTMLButtonElement>) {
  const agenda = keyEvent.currentTarget.closest('[data-testid="timeline-agenda"]');
  const items = [...(agenda?.querySelectorAll<HTMLElement>('[data-testid="agenda-event"]') ?? [])];
  const at = items.indexOf(keyEvent.currentTarget);
  if (at === -1) return;
  const to =
    keyEvent.key === 'ArrowDown'
      ? at + 1
      : keyEvent.key === 'ArrowUp'
        ? at - 1
        : keyEvent.key === 'Home'
          ? 0
          : keyEvent.key === 'End'
            ? items.length - 1
            : null;
  if (to === null) return;
  keyEvent.preventDefault();
  items[Math.max(0, Math.min(items.length - 1, to))]?.focus();
}

/**
 * The year as a list, for a phone (and for anyone who prefers it): each month's events with their dates
 * and lane, verdict (icon and word, never colour alone), GMV and ROAS. An event opens its details and
 * comments as its bar does.
 */
export function TimelineAgenda({ events, lanes, dates, selectedId, onSelect }: AgendaProps) {
  const numbers = useNumbers();
  const text = useTimelineText();
  const viewText = useTimelineViewText();
  const months = useMemo(() => byMonth(events), [events]);
  const laneLabels = useMemo(() => new Map(lanes.map((lane) => [lane.id, lane.label])), [lanes]);
  if (months.length === 0) return <p className="empty-state">{viewText.empty}</p>;
  return (
    <div className="tl-agenda" data-testid="timeline-agenda">
      {months.map(({ key, date, events: inMonth }) => (
        <section key={key} className="tl-agenda-month" aria-labelledby={`agenda-month-${key}`}>
          <h2 id={`agenda-month-${key}`} className="tl-agenda-heading">
            {dates.monthLong(date)}
          </h2>
          <ul className="tl-agenda-list">
            {inMonth.map((event) => (
              <li key={event.id}>
                <button
                  type="button"
                  className={`tl-agenda-item${event.id === selectedId ? ' is-selected' : ''}`}
                  data-testid="agenda-event"
                  data-event-id={event.id}
                  aria-current={event.id === selectedId || undefined}
                  onClick={() => onSelect(event.id)}
                  onKeyDown={onAgendaKey}
                >
                  <span className="tl-agenda-main">
                    <span className="tl-agenda-title">{event.title || text.untitled}</span>
                    <span className="tl-agenda-when">
                      {event.start === event.end
                        ? dates.short(event.start)
                        : `${dates.short(event.start)} – ${dates.short(event.end)}`}
                      {laneLabels.get(event.laneId) ? ` · ${laneLabels.get(event.laneId)}` : ''}
                    </span>
                  </span>
                  <span className={`tl-agenda-verdict verdict-${event.verdict}`} data-testid="agenda-verdict">
                    <VerdictIcon verdict={event.verdict} /> {text.verdict[event.verdict]}
                  </span>
                  <span className="tl-agenda-figures">
                    <span data-testid="agenda-gmv">
                      {viewText.gmv}{' '}
                      {event.actualGmv === null ? text.figure.missing : numbers.value('money', event.actualGmv)}
                    </span>
                    <span>
                      {text.figure.roas} {figureText(roas(event), 'times', numbers, text.figure)}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
