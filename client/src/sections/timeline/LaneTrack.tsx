import type { Lane, TimelineEvent } from '@balanza/model';
import { useDroppable } from '@dnd-kit/core';
import { memo, type PointerEvent, useMemo, useRef, useState } from 'react';
import { EventBar, ROW_HEIGHT } from './EventBar.tsx';
import type { DateFormats } from './format.ts';
import { stackLane } from './stacking.ts';
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
  dates: DateFormats;
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
  const { lane, events, window, selectedId, peers, openThreads, dates, onSelect, onCreate } = props;
  const { setNodeRef, isOver } = useDroppable({ id: laneDropId(lane.id), data: { laneId: lane.id } });
  const visible = useMemo(() => events.filter((event) => overlaps(event, window)), [events, window]);
  const { placements, rows } = useMemo(() => stackLane(visible), [visible]);
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
      {placements.map(({ event, start, end, row }) => {
        const peer = peers.get(event.id);
        return (
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
            dateLabel={
              start === end ? dates.short(event.start) : `${dates.short(event.start)} – ${dates.short(event.end)}`
            }
            onSelect={onSelect}
            onResize={props.onResize}
          />
        );
      })}
    </div>
  );
});
