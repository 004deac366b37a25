import type { Lane, TimelineEvent } from '@balanza/model';
import { useDroppable } from '@dnd-kit/core';
import { memo, type PointerEvent, useMemo, useRef, useState } from 'react';
import { useNumbers } from '../../board/BoardContext.tsx';
import { barFigures, EventBar, ROW_HEIGHT } from './EventBar.tsx';
import { type LabelledPlacement, layoutLane } from './labels.ts';
import { useTimelineText } from './texts.ts';
import { isoOf, percentOf, type TimeWindow } from './timeScale.ts';

export const laneDropId = (laneId: string) => `lane:${laneId}`;

interface LaneTrackProps {
  lane: Lane;
  events: TimelineEvent[];
  window: TimeWindow;
  selectedId: string | null;
  /** Event id → the other people who have it open. */
  peers: Map<string, { colors: string; names: string }>;
  openThreads: Map<string, number>;
  /** Width of a lane's track in px (0 before it is laid out) and of a text as drawn on a bar. */
  trackPx: number;
  textWidth(text: string): number;
  /** The event whose tip is shown. */
  hintedId: string | null;
  onHint(eventId: string | null, bar: HTMLElement | null): void;
  onSelect(eventId: string): void;
  onCreate(laneId: string, start: string, end: string): void;
  onResize(eventId: string, edge: 'start' | 'end', days: number): void;
}

const overlaps = (event: TimelineEvent, window: TimeWindow) =>
  event.end >= isoOf(window.start) && event.start < isoOf(window.end);

/**
 * A lane's strip of time: a drop target for bars, and a place to draw a new event (click for one day,
 * drag across days for a range).
 */
export const LaneTrack = memo(function LaneTrack(props: LaneTrackProps) {
  const { lane, events, window, selectedId, peers, openThreads, trackPx, textWidth, onSelect, onCreate } = props;
  const numbers = useNumbers();
  const text = useTimelineText();
  const { setNodeRef, isOver } = useDroppable({ id: laneDropId(lane.id), data: { laneId: lane.id } });
  const visible = useMemo(() => events.filter((event) => overlaps(event, window)), [events, window]);
  const { placements, rows } = useMemo(
    () =>
      layoutLane(visible, window, {
        trackPx,
        textWidth,
        titleOf: (event) => event.title || text.untitled,
        figuresOf: (event) => barFigures(event, numbers, text).join(' · '),
        badgesOf: (event) => ((openThreads.get(event.id) ?? 0) > 0 ? 28 : 0) + (peers.has(event.id) ? 12 : 0),
      }),
    [visible, window, trackPx, textWidth, text, numbers, openThreads, peers],
  );
  const [draft, setDraft] = useState<{ from: number; to: number } | null>(null);
  const track = useRef<HTMLDivElement | null>(null);
  const days = window.end - window.start;

  const dayAt = (clientX: number) => {
    const rect = track.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return window.start;
    const share = Math.min(0.9999, Math.max(0, (clientX - rect.left) / rect.width));
    return window.start + Math.floor(share * (window.end - window.start));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const day = dayAt(event.clientX);
    setDraft({ from: day, to: day });
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (draft) setDraft({ ...draft, to: dayAt(event.clientX) });
  };
  const onPointerUp = () => {
    if (!draft) return;
    setDraft(null);
    const [a, b] = draft.from <= draft.to ? [draft.from, draft.to] : [draft.to, draft.from];
    onCreate(lane.id, isoOf(a), isoOf(b));
  };

  const setRefs = (node: HTMLDivElement | null) => {
    track.current = node;
    setNodeRef(node);
  };
  return (
    <div
      ref={setRefs}
      className={`tl-track${isOver ? ' is-over' : ''}`}
      style={{ height: rows * ROW_HEIGHT + 8, gridTemplateColumns: `repeat(${days}, minmax(0, 1fr))` }}
      data-testid="lane-track"
      data-lane-id={lane.id}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDraft(null)}
    >
      {draft && (
        <div
          className="tl-draft"
          style={{
            left: `${percentOf(window, Math.min(draft.from, draft.to))}%`,
            width: `${percentOf(window, Math.max(draft.from, draft.to) + 1) - percentOf(window, Math.min(draft.from, draft.to))}%`,
          }}
        />
      )}
      {placements.map((placement) => {
        const { event, start, end, row } = placement;
        const peer = peers.get(event.id);
        return [
          placement.label !== 'inside' && (
            <BesideLabel
              key={`label:${event.id}`}
              placement={placement}
              window={window}
              title={event.title || text.untitled}
              dayPx={trackPx / days}
              onSelect={onSelect}
            />
          ),
          <EventBar
            key={event.id}
            event={event}
            column={start - window.start + 1}
            span={end - start + 1}
            days={days}
            row={row}
            point={start === end}
            selected={event.id === selectedId}
            peerColors={peer?.colors ?? ''}
            peerNames={peer?.names ?? ''}
            openThreads={openThreads.get(event.id) ?? 0}
            label={placement.label}
            showFigures={placement.figures}
            hinted={props.hintedId === event.id}
            onHint={props.onHint}
            onSelect={onSelect}
            onResize={props.onResize}
          />,
        ];
      })}
    </div>
  );
});

/**
 * The title of an event whose bar is too narrow for it, drawn whole beside the bar on the bar's row
 * (layoutLane kept the room free). Hidden from screen readers: the bar's name holds the title already.
 */
function BesideLabel(props: {
  placement: LabelledPlacement;
  window: TimeWindow;
  title: string;
  dayPx: number;
  onSelect(eventId: string): void;
}) {
  const { placement, window, title, dayPx, onSelect } = props;
  const days = window.end - window.start;
  const after = placement.label === 'after';
  // The day column next to the bar; the text runs on from there (after) or back from there (before).
  const column = after
    ? Math.min(days, Math.max(1, placement.end - window.start + 2))
    : Math.max(1, Math.min(days, placement.start - window.start));
  // Clear of the bar: a point's diamond reaches 6 px either side of its day.
  const clear = `${4 + (placement.start === placement.end ? Math.max(0, 6 - dayPx) + 6 : 0)}px`;
  return (
    <span
      className={`tl-label tl-label-${placement.label} verdict-${placement.event.verdict}`}
      style={{
        gridRow: placement.row + 1,
        gridColumn: `${column} / span 1`,
        [after ? 'marginLeft' : 'marginRight']: clear,
      }}
      data-testid="timeline-label"
      data-event-id={placement.event.id}
      aria-hidden="true"
      onClick={() => onSelect(placement.event.id)}
    >
      <span className="tl-label-text">{title}</span>
    </span>
  );
}
