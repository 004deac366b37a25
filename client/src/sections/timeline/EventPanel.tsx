import { eventNoteKey, type TimelineEvent, VERDICTS, type Verdict } from '@balanza/model';
import { useActions, useLiveBoard, useNumbers, useSnapshot } from '../../board/BoardContext.tsx';
import type { Draft } from '../../board/cells/workTracker.ts';
import { TargetThreads } from '../../board/comments/TargetThreads.tsx';
import { LinkedMeasures } from '../../board/measures/LinkedMeasures.tsx';
import { NoteEditor } from '../../board/notes-editor/NoteEditor.tsx';
import { parseNumber } from '../../i18n/parseNumber.ts';
import { useIdentity } from '../../identity/identity.ts';
import { DraftInput } from '../../ui/DraftInput.tsx';
import { TrashIcon } from '../../ui/icons.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { VerdictIcon } from '../../ui/VerdictIcon.tsx';
import { EventFigures } from './EventFigures.tsx';
import { useTimelineText } from './texts.ts';

interface EventPanelProps {
  event: TimelineEvent;
  onClose(): void;
  /** What is typed in the fields and not stored yet (kept if someone deletes the event meanwhile). */
  onDraft(fields: Draft<TimelineEvent>): void;
  onRemove(event: TimelineEvent): void;
}

type MoneyField = 'targetGmv' | 'actualGmv' | 'spend';
const MONEY: MoneyField[] = ['targetGmv', 'actualGmv', 'spend'];
type TypedField = MoneyField | 'title' | 'start' | 'end' | 'tags';
type Read = { patch: Partial<TimelineEvent> } | { error: string };

/** The side panel of one event: its fields, figures, rich-text note and comment threads. */
export function EventPanel({ event, onClose, onRemove, onDraft }: EventPanelProps) {
  const identity = useIdentity();
  const numbers = useNumbers();
  const actions = useActions();
  const snapshot = useSnapshot();
  const board = useLiveBoard();
  const text = useTimelineText();
  const note = board.note(eventNoteKey(event.id));
  const update = (patch: Partial<TimelineEvent>): string | null => {
    actions.updateEvent(event.id, patch);
    return null;
  };
  // What each typed field means: the same reading stores a commit and keeps a draft.
  const readers: Record<TypedField, (raw: string) => Read> = {
    title: (raw) => ({ patch: { title: raw } }),
    tags: (raw) => ({
      patch: {
        tags: [
          ...new Set(
            raw
              .split(',')
              .map((tag) => tag.trim())
              .filter(Boolean),
          ),
        ],
      },
    }),
    start: (raw) => readDate('start', raw),
    end: (raw) => readDate('end', raw),
    targetGmv: (raw) => readMoney('targetGmv', raw),
    actualGmv: (raw) => readMoney('actualGmv', raw),
    spend: (raw) => readMoney('spend', raw),
  };
  function readMoney(field: MoneyField, raw: string): Read {
    const parsed = parseNumber(raw, numbers.decimalSeparator, numbers.currencyTokens);
    return parsed.ok ? { patch: { [field]: parsed.value } } : { error: text.panel.notANumber };
  }
  function readDate(field: 'start' | 'end', raw: string): Read {
    const next = { start: event.start, end: event.end, [field]: raw };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || next.end < next.start) return { error: text.panel.endBeforeStart };
    return { patch: { [field]: raw } };
  }
  /** Props for the DraftInput of `field`: stores on commit, reports the draft while typing. */
  const typed = (field: TypedField) => ({
    onCommit: (raw: string) => {
      const read = readers[field](raw);
      return 'error' in read ? read.error : update(read.patch);
    },
    onDraft: (raw: string | undefined) => {
      const read = raw === undefined ? null : readers[field](raw);
      // Unreadable text is not kept: a restore must write values the event accepts.
      onDraft(read && 'patch' in read ? read.patch : { [field]: undefined });
    },
  });
  return (
    <SidePanel
      className="tl-panel"
      heading={event.title || text.untitled}
      headingId="tl-panel-title"
      icon={<VerdictIcon verdict={event.verdict} size={12} />}
      closeLabel={text.panel.close}
      closeTestId="event-panel-close"
      onClose={onClose}
      data-testid="event-panel"
      data-event-id={event.id}
    >
      <div className="tl-panel-fields">
        <label htmlFor={`${event.id}-title`} className="tl-field tl-field-wide">
          <span>{text.panel.title}</span>
          <DraftInput value={event.title} {...typed('title')} id={`${event.id}-title`} data-testid="event-title" />
        </label>
        <label htmlFor={`${event.id}-start`} className="tl-field">
          <span>{text.panel.start}</span>
          <DraftInput
            type="date"
            value={event.start}
            {...typed('start')}
            id={`${event.id}-start`}
            data-testid="event-start"
          />
        </label>
        <label htmlFor={`${event.id}-end`} className="tl-field">
          <span>{text.panel.end}</span>
          <DraftInput type="date" value={event.end} {...typed('end')} id={`${event.id}-end`} data-testid="event-end" />
        </label>
        <label className="tl-field">
          <span>{text.panel.lane}</span>
          <select
            value={event.laneId}
            onChange={(change) => update({ laneId: change.target.value })}
            data-testid="event-lane"
          >
            {snapshot.lanes.map((lane) => (
              <option key={lane.id} value={lane.id}>
                {lane.label || text.untitled}
              </option>
            ))}
          </select>
        </label>
        <label className="tl-field">
          <span>{text.panel.verdict}</span>
          <select
            value={event.verdict}
            onChange={(change) => update({ verdict: change.target.value as Verdict })}
            data-testid="event-verdict"
          >
            {VERDICTS.map((verdict) => (
              <option key={verdict} value={verdict}>
                {verdict === 'highlight' ? '▲ ' : verdict === 'shortfall' ? '▼ ' : verdict === 'neutral' ? '● ' : '○ '}
                {text.verdict[verdict]}
              </option>
            ))}
          </select>
        </label>
        {MONEY.map((field) => (
          <label htmlFor={`${event.id}-${field}`} className="tl-field" key={field}>
            <span>
              {text.panel[field]} ({numbers.currency})
            </span>
            <DraftInput
              inputMode="decimal"
              className="numeric"
              value={event[field] === null ? '' : numbers.editable(event[field])}
              {...typed(field)}
              id={`${event.id}-${field}`}
              data-testid={`event-${field}`}
            />
          </label>
        ))}
        <label htmlFor={`${event.id}-tags`} className="tl-field tl-field-wide">
          <span>
            {text.panel.tags} <span className="muted">({text.panel.tagsHint})</span>
          </span>
          <DraftInput
            value={event.tags.join(', ')}
            {...typed('tags')}
            id={`${event.id}-tags`}
            data-testid="event-tags"
          />
        </label>
      </div>
      <h3>{text.panel.figures}</h3>
      <EventFigures event={event} events={snapshot.events} />
      <h3>{text.panel.note}</h3>
      {note ? (
        <NoteEditor key={event.id} note={note} user={identity} label={`${text.panel.note}: ${event.title}`} />
      ) : (
        <p className="muted">{text.panel.noNote}</p>
      )}
      <LinkedMeasures kind="event" id={event.id} />
      <TargetThreads targetKind="event" targetId={event.id} />
      <footer className="side-panel-foot edit-only">
        <button
          type="button"
          className="button button-small button-danger"
          onClick={() => onRemove(event)}
          data-testid="event-remove"
        >
          <TrashIcon size={12} />
          <span>{text.panel.remove}</span>
        </button>
      </footer>
    </SidePanel>
  );
}
