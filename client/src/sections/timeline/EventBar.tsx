import type { TimelineEvent } from '@balanza/model';
import { useDraggable } from '@dnd-kit/core';
import { type CSSProperties, type KeyboardEvent, memo, type PointerEvent, useMemo } from 'react';
import { useNumbers } from '../../board/BoardContext.tsx';
import { CommentIcon } from '../../board/comments/CommentIcon.tsx';
import { useCommentText } from '../../board/comments/texts.ts';
import type { NumberFormats } from '../../i18n/numbers.ts';
import { VerdictIcon } from '../../ui/VerdictIcon.tsx';
import { attainment, roas } from './campaignFigures.ts';
import { figureText } from './format.ts';
import type { LabelSide } from './labels.ts';
import { type TimelineTexts, useTimelineText } from './texts.ts';

export const ROW_HEIGHT = 30;
/** The one tip of the timeline (EventTip), which describes the bar it is shown for. */
export const EVENT_TIP_ID = 'timeline-event-tip';

/**
 * What a drag of a bar does: move it, or drag one of its ends. One draggable per bar (the ends start
 * the same drag with another kind), so a drag over a full year wakes 300 draggables, not 900.
 */
export type DragKind = 'move' | 'start' | 'end';
export interface BarDragData {
  laneId: string;
  kind: DragKind;
}
export const dragId = (eventId: string) => `event:${eventId}`;
export const eventIdOfDrag = (id: string | number): string => String(id).replace(/^event:/, '');

/**
 * Where a bar sits on its lane's grid of days: its first day (1 = the window's first) and how many days
 * it spans, of the window's `days`. A bar that runs past either end of the window is placed absolutely
 * instead, so it can overflow the track (and be cut at its edge) as before.
 */
export interface BarPlace {
  column: number;
  span: number;
  days: number;
}

/**
 * The bar's box. In the grid, bars are not positioned: positioned bars were each a paint layer, and on
 * every frame of a drag the browser re-layerized all 300 of them (4–8 ms a frame, against ~0.5 ms).
 * While an end is dragged, margins stretch or shrink the bar by `dx` pixels.
 */
function barBox(place: BarPlace, row: number, point: boolean, kind: DragKind | null, dx: number): CSSProperties {
  const { column, span, days } = place;
  if (column >= 1 && column + span - 1 <= days) {
    const style: CSSProperties = { gridRow: row + 1, gridColumn: `${column} / span ${span}` };
    if (kind === 'start') style.marginLeft = dx;
    if (kind === 'end') style.marginRight = -dx;
    return style;
  }
  const left = ((column - 1) / days) * 100;
  const width = (span / days) * 100;
  const style: CSSProperties = {
    position: 'absolute',
    top: row * ROW_HEIGHT + 4,
    left: `${left}%`,
    width: point ? undefined : `${width}%`,
  };
  if (kind === 'start') {
    style.left = `calc(${left}% + ${dx}px)`;
    style.width = `calc(${width}% - ${dx}px)`;
  }
  if (kind === 'end') style.width = `calc(${width}% + ${dx}px)`;
  return style;
}

/** Numbers, not objects, so the memo compares them cheaply. */
interface EventBarProps extends BarPlace {
  event: TimelineEvent;
  row: number;
  /** A one-day event is drawn as a point. */
  point: boolean;
  selected: boolean;
  /** Colours of the other people who have this event open, comma-joined (a string keeps memo cheap). */
  peerColors: string;
  peerNames: string;
  openThreads: number;
  /** Where the title is drawn: inside the bar, or beside it (LaneTrack draws it there). */
  label: LabelSide;
  /** The figures fit whole inside the bar (they are never cut: otherwise they are on hover and focus). */
  showFigures: boolean;
  /** This bar's details are shown in the tip (so it is described by it). */
  hinted: boolean;
  /** Shows the tip with the bar's details (hover, focus), or hides it (null). */
  onHint(eventId: string | null, bar: HTMLElement | null): void;
  onSelect(eventId: string): void;
  /** Moves one end of the event by `days` (the keyboard's resize: Shift+←/→ the end, Alt+Shift the start). */
  onResize(eventId: string, edge: 'start' | 'end', days: number): void;
}

/**
 * One event on its lane. Memoised, and its content memoised apart from the draggable wrapper: when
 * the drag context changes (a drag starts, or crosses into another lane) every bar's hook re-runs,
 * and only the wrapper is compared again, not the content.
 */
export const EventBar = memo(function EventBar(props: EventBarProps) {
  const numbers = useNumbers();
  const { event, column, span, days, row, point, selected, peerColors, peerNames, openThreads, onSelect, onHint } =
    props;
  const text = useTimelineText();
  const data = useMemo<BarDragData>(() => ({ laneId: event.laneId, kind: 'move' }), [event.laneId]);
  const drag = useDraggable({ id: dragId(event.id), data });

  // A moved bar stays in place as a placeholder: its copy in the drag overlay (BarOverlay) follows the
  // pointer. Resizing changes the bar itself.
  const resizing = drag.transform && data.kind !== 'move' ? data.kind : null;
  const style = barBox({ column, span, days }, row, point, resizing, drag.transform?.x ?? 0);
  const colors = peerColors ? peerColors.split(',') : [];
  if (colors[0]) style.boxShadow = `0 0 0 2px ${colors[0]}`;

  const title = event.title || text.untitled;
  const verdictWord = text.verdict[event.verdict];
  const figures = useMemo(() => barFigures(event, numbers, text), [event, numbers, text]);
  const commentText = useCommentText();
  // The name starts with what the bar shows, in its order: a name that left out a visible figure
  // would not match what a speech-input user reads on screen.
  const shown = [title, ...figures, openThreads > 0 ? commentText.openCount(openThreads) : null]
    .filter(Boolean)
    .join(', ');

  const startDrag = (kind: DragKind) => (pointer: PointerEvent<HTMLElement>) => {
    data.kind = kind;
    drag.listeners?.onPointerDown?.(pointer);
    if (kind !== 'move') pointer.stopPropagation();
  };
  const onKeyDown = (keyEvent: KeyboardEvent<HTMLDivElement>) => {
    const arrow = keyEvent.key === 'ArrowLeft' ? -1 : keyEvent.key === 'ArrowRight' ? 1 : 0;
    if (arrow !== 0 && keyEvent.shiftKey && !drag.isDragging) {
      keyEvent.preventDefault();
      props.onResize(event.id, keyEvent.altKey ? 'start' : 'end', arrow);
      return;
    }
    if (keyEvent.key === 'Enter' && !drag.isDragging) {
      keyEvent.preventDefault();
      onSelect(event.id);
      return;
    }
    data.kind = 'move';
    drag.listeners?.onKeyDown?.(keyEvent);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a <button> would turn Space into a click and fight the keyboard drag.
    <div
      ref={drag.setNodeRef}
      {...drag.attributes}
      role="button"
      tabIndex={0}
      onPointerDown={startDrag('move')}
      onKeyDown={onKeyDown}
      onClick={() => onSelect(event.id)}
      className={`tl-bar verdict-${event.verdict}${point ? ' tl-point' : ''}${selected ? ' is-selected' : ''}${drag.isDragging ? ' is-dragging' : ''}${drag.isDragging && data.kind === 'move' ? ' is-moved' : ''}`}
      style={style}
      data-testid="timeline-event"
      data-event-id={event.id}
      data-lane-id={event.laneId}
      data-start={event.start}
      data-end={event.end}
      data-peers={peerNames || undefined}
      aria-label={text.barLabel(shown, event.start, event.end, verdictWord)}
      aria-roledescription="event"
      aria-describedby={props.hinted ? EVENT_TIP_ID : undefined}
      onFocus={(focus) => onHint(event.id, focus.currentTarget)}
      onBlur={() => onHint(null, null)}
      onPointerEnter={(pointer) => onHint(event.id, pointer.currentTarget)}
      onPointerLeave={() => onHint(null, null)}
    >
      {!point && (
        <span className="tl-handle tl-handle-start" title={text.resizeStart} onPointerDown={startDrag('start')} />
      )}
      <BarContent
        verdict={event.verdict}
        title={props.label === 'inside' ? title : ''}
        figures={props.showFigures ? figures.join(' · ') : ''}
        openThreads={openThreads}
        peerColors={peerColors}
      />
      {!point && <span className="tl-handle tl-handle-end" title={text.resizeEnd} onPointerDown={startDrag('end')} />}
    </div>
  );
});

/**
 * The bar under the pointer while it is moved, drawn in dnd-kit's DragOverlay (a fixed layer above the
 * page): a move then changes one transform outside the lanes, so the 300 bars are neither re-laid-out,
 * re-layerized nor hit-tested under the pointer on every frame.
 */
export function BarOverlay({ event, point }: { event: TimelineEvent; point: boolean }) {
  const text = useTimelineText();
  // The title only: the figures are on the bar's tip, and a moved copy is not the place to read them.
  return (
    <div
      className={`tl-bar tl-bar-overlay verdict-${event.verdict}${point ? ' tl-point' : ''}`}
      data-testid="timeline-event-overlay"
    >
      <BarContent
        verdict={event.verdict}
        title={event.title || text.untitled}
        figures=""
        openThreads={0}
        peerColors=""
      />
    </div>
  );
}

/** Attainment and ROAS as shown on a bar, for the figures it has. */
export function barFigures(event: TimelineEvent, numbers: NumberFormats, text: TimelineTexts): string[] {
  const reach = attainment(event);
  const ratio = roas(event);
  return [
    reach.ok ? figureText(reach, 'ratio', numbers, text.figure) : null,
    ratio.ok ? `ROAS ${figureText(ratio, 'times', numbers, text.figure)}` : null,
  ].filter((figure): figure is string => figure !== null);
}

const BarContent = memo(function BarContent(props: {
  verdict: TimelineEvent['verdict'];
  title: string;
  figures: string;
  openThreads: number;
  peerColors: string;
}) {
  const colors = props.peerColors ? props.peerColors.split(',') : [];
  return (
    <span className="tl-bar-body">
      <VerdictIcon verdict={props.verdict} />
      {props.title && <span className="tl-bar-title">{props.title}</span>}
      {props.figures && <span className="tl-bar-figures">{props.figures}</span>}
      {props.openThreads > 0 && (
        <span className="tl-bar-comments" data-testid="event-open-threads">
          <CommentIcon size={11} />
          {props.openThreads}
        </span>
      )}
      {colors.map((color) => (
        <span key={color} className="tl-peer-dot" style={{ background: color }} />
      ))}
    </span>
  );
});
