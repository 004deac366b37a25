import type { Lane, TimelineEvent } from '@balanza/model';
import { DndContext, type DragEndEvent, DragOverlay, type DragStartEvent } from '@dnd-kit/core';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { fontOf, measureText } from '../../board/cells/fitText.ts';
import { type BarDragData, BarOverlay, eventIdOfDrag } from './EventBar.tsx';
import { EventTip } from './EventTip.tsx';
import type { DateFormats } from './format.ts';
import { LaneHeader } from './LaneHeader.tsx';
import { LaneTrack } from './LaneTrack.tsx';
import { eventsByLane } from './stacking.ts';
import { useTimelineText } from './texts.ts';
import { columnsOf, dayOf, isoOf, percentOf, type TimeWindow } from './timeScale.ts';
import {
  dayWidth,
  dropResult,
  laneCollision,
  laneUnder,
  useEventAnnouncements,
  useEventSensors,
} from './useEventDrag.ts';

interface TimelineGridProps {
  lanes: Lane[];
  events: TimelineEvent[];
  window: TimeWindow;
  todayDay: number;
  selectedId: string | null;
  peers: Map<string, { colors: string; names: string }>;
  openThreads: Map<string, number>;
  dates: DateFormats;
  onSelect(eventId: string): void;
  onCreate(laneId: string, start: string, end: string): void;
  onMoveEvent(id: string, patch: Partial<Pick<TimelineEvent, 'laneId' | 'start' | 'end'>>): void;
  onRenameLane(id: string, label: string): void;
  onMoveLane(id: string, index: number): void;
  onRemoveLane(id: string): void;
  onAddEvent(laneId: string): void;
}

const NO_EVENTS: TimelineEvent[] = [];
/** The size of a bar's text (timeline.css, .tl-bar), to measure titles as drawn. */
const BAR_FONT_SIZE = '12px';

/** The axis, the today marker and the lanes with their bars, inside one drag-and-drop context. */
export function TimelineGrid(props: TimelineGridProps) {
  const { lanes, events, window, todayDay, dates } = props;
  const text = useTimelineText();
  const grid = useRef<HTMLDivElement | null>(null);
  const byLane = useMemo(() => eventsByLane(events), [events]);
  const byId = useMemo(() => new Map(events.map((event) => [event.id, event])), [events]);
  const sensors = useEventSensors(grid, window);
  const announcements = useEventAnnouncements(byId, lanes, text);
  const columns = useMemo(() => columnsOf(window), [window]);
  const todayAt = percentOf(window, todayDay) + 50 / (window.end - window.start);

  // The track's width and the bars' font, so each lane can tell which titles fit in their bars.
  const [track, setTrack] = useState({ px: 0, font: '' });
  useLayoutEffect(() => {
    const element = grid.current;
    if (!element) return;
    const read = () => {
      const px = element.querySelector<HTMLElement>('.tl-track')?.clientWidth ?? 0;
      setTrack((last) => (last.px === px && last.font ? last : { px, font: fontOf(element, BAR_FONT_SIZE) }));
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const textWidth = useCallback((text: string) => measureText(text, track.font), [track.font]);

  // The tip of the bar under the pointer or with the focus; none while dragging, when bars passed over
  // would otherwise re-render the grid on every frame.
  const [hint, setHint] = useState<{ id: string; at: DOMRect } | null>(null);
  const dragging = useRef(false);
  const onHint = useCallback((id: string | null, bar: HTMLElement | null) => {
    if (!dragging.current) setHint(id && bar ? { id, at: bar.getBoundingClientRect() } : null);
  }, []);
  const hinted = hint ? byId.get(hint.id) : undefined;

  // Stable across edits (the bars are memoised), reading the events of the latest render.
  const latestEvents = useRef(byId);
  latestEvents.current = byId;
  const [resizeSaid, setResizeSaid] = useState('');
  const { onMoveEvent } = props;
  const onResize = useCallback(
    (id: string, edge: 'start' | 'end', days: number) => {
      const event = latestEvents.current.get(id);
      if (!event) return;
      const start = dayOf(event.start);
      const end = dayOf(event.end);
      // Never inside out: an end stays on or after the start, a start on or before the end.
      const day = edge === 'end' ? Math.max(start, end + days) : Math.min(end, start + days);
      if (day === (edge === 'end' ? end : start)) return;
      onMoveEvent(id, { [edge]: isoOf(day) });
      setResizeSaid(text.drag.resized(event.title || text.untitled, edge, isoOf(day)));
    },
    [onMoveEvent, text],
  );

  // The event being moved (not resized), drawn in the drag overlay.
  const [movingId, setMovingId] = useState<string | null>(null);
  const onDragStart = ({ active }: DragStartEvent) => {
    dragging.current = true;
    setHint(null);
    const kind = (active.data.current as BarDragData | undefined)?.kind;
    setMovingId(kind === 'move' ? eventIdOfDrag(active.id) : null);
  };
  const moving = movingId === null ? undefined : byId.get(movingId);

  const onDragEnd = (drop: DragEndEvent) => {
    dragging.current = false;
    setMovingId(null);
    const result = dropResult(drop, byId, dayWidth(grid, window), laneUnder(grid, drop));
    if (result) props.onMoveEvent(result.id, result.patch);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={laneCollision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        dragging.current = false;
        setMovingId(null);
      }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: text.drag.instructions } }}
    >
      <div className="tl-grid" ref={grid} data-testid="timeline-grid" data-zoom={window.zoom}>
        <p className="visually-hidden" role="status" aria-live="polite" data-testid="timeline-resize-status">
          {resizeSaid}
        </p>
        <div className="tl-axis-row">
          <div className="tl-corner">{text.lanesLabel}</div>
          <div className="tl-axis" aria-hidden="true">
            {columns.map((column) => (
              <div
                key={column.start}
                className="tl-column-head"
                style={{
                  left: `${percentOf(window, column.start)}%`,
                  width: `${percentOf(window, column.end) - percentOf(window, column.start)}%`,
                }}
              >
                {column.kind === 'month'
                  ? dates.month(column.date)
                  : dates.short(column.date.toISOString().slice(0, 10))}
              </div>
            ))}
            {todayAt >= 0 && todayAt <= 100 && (
              <div className="tl-today-label" style={{ left: `${todayAt}%` }}>
                {text.today}
              </div>
            )}
          </div>
        </div>
        <div className="tl-body">
          {todayAt >= 0 && todayAt <= 100 && (
            <div
              className="tl-today"
              style={{ left: `calc(var(--tl-head) + (100% - var(--tl-head)) * ${todayAt / 100})` }}
              data-testid="today-marker"
            />
          )}
          <div className="tl-gridlines" aria-hidden="true">
            {columns.map((column) => (
              <span key={column.start} style={{ left: `${percentOf(window, column.start)}%` }} />
            ))}
          </div>
          {lanes.map((lane, index) => (
            <div className="tl-lane" key={lane.id} data-testid="lane" data-lane-id={lane.id}>
              <LaneHeader
                lane={lane}
                index={index}
                count={lanes.length}
                eventCount={byLane.get(lane.id)?.length ?? 0}
                onRename={props.onRenameLane}
                onMove={props.onMoveLane}
                onRemove={props.onRemoveLane}
                onAddEvent={props.onAddEvent}
              />
              <LaneTrack
                lane={lane}
                events={byLane.get(lane.id) ?? NO_EVENTS}
                window={window}
                selectedId={props.selectedId}
                peers={props.peers}
                openThreads={props.openThreads}
                trackPx={track.px}
                textWidth={textWidth}
                hintedId={hinted ? hinted.id : null}
                onHint={onHint}
                onSelect={props.onSelect}
                onResize={onResize}
                onCreate={props.onCreate}
              />
            </div>
          ))}
        </div>
      </div>
      {hint && hinted && <EventTip event={hinted} at={hint.at} dates={dates} />}
      <DragOverlay dropAnimation={null} className="tl-drag-overlay">
        {moving ? <BarOverlay event={moving} point={moving.start === moving.end} /> : null}
      </DragOverlay>
    </DndContext>
  );
}
