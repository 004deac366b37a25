import type { TimelineEvent } from '@balanza/model';
import { useDraggable } from '@dnd-kit/core';
import { type CSSProperties, type KeyboardEvent, memo } from 'react';
import { CommentIcon } from '../comments/CommentIcon.tsx';
import type { NumberFormats } from '../i18n/numbers.ts';
import { attainment, roas } from './campaignFigures.ts';
import { figureText } from './format.ts';
import { useTimelineText } from './texts.ts';
import { VerdictIcon } from './VerdictIcon.tsx';

export const ROW_HEIGHT = 30;

/** Drag ids: what is dragged (the bar, or one of its ends) and which event. */
export type DragKind = 'move' | 'start' | 'end';
export const dragId = (kind: DragKind, eventId: string) => `${kind}:${eventId}`;
export const parseDragId = (id: string | number): { kind: DragKind; eventId: string } => {
  const [kind, ...rest] = String(id).split(':');
  return { kind: kind as DragKind, eventId: rest.join(':') };
};

interface EventBarProps {
  event: TimelineEvent;
  /** Percent of the track. */
  left: number;
  width: number;
  row: number;
  /** A one-day event is drawn as a point. */
  point: boolean;
  selected: boolean;
  /** Colours of the other people who have this event open, comma-joined (a string keeps memo cheap). */
  peerColors: string;
  peerNames: string;
  openThreads: number;
  numbers: NumberFormats;
  dateLabel: string;
  onSelect(eventId: string): void;
}

/**
 * One event on its lane. Memoised: during a drag only the dragged bar re-renders (dnd-kit hands the
 * pointer offset to the active draggable only), so 300 bars stay smooth.
 */
export const EventBar = memo(function EventBar(props: EventBarProps) {
  const { event, left, width, row, point, selected, peerColors, peerNames, openThreads, numbers, onSelect } = props;
  const text = useTimelineText();
  const move = useDraggable({ id: dragId('move', event.id), data: { laneId: event.laneId } });
  const start = useDraggable({ id: dragId('start', event.id) });
  const end = useDraggable({ id: dragId('end', event.id) });

  const dx = (t: { x: number } | null) => t?.x ?? 0;
  const style: CSSProperties = { top: row * ROW_HEIGHT + 4, left: `${left}%`, width: point ? undefined : `${width}%` };
  if (move.transform) style.transform = `translate3d(${move.transform.x}px, ${move.transform.y}px, 0)`;
  if (start.transform) {
    style.left = `calc(${left}% + ${dx(start.transform)}px)`;
    style.width = `calc(${width}% - ${dx(start.transform)}px)`;
  }
  if (end.transform) style.width = `calc(${width}% + ${dx(end.transform)}px)`;
  const colors = peerColors ? peerColors.split(',') : [];
  if (colors[0]) style.boxShadow = `0 0 0 2px ${colors[0]}`;

  const title = event.title || text.untitled;
  const verdictWord = text.verdict[event.verdict];
  const reach = attainment(event);
  const ratio = roas(event);
  const figures = [
    reach.ok ? figureText(reach, 'ratio', numbers, text.figure) : null,
    ratio.ok ? `ROAS ${figureText(ratio, 'times', numbers, text.figure)}` : null,
  ].filter(Boolean);

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLDivElement>) => {
    if (keyEvent.key === 'Enter' && !move.isDragging) {
      keyEvent.preventDefault();
      onSelect(event.id);
      return;
    }
    move.listeners?.onKeyDown?.(keyEvent);
  };

  const dragging = move.isDragging || start.isDragging || end.isDragging;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <button> would turn Space into a click and fight the keyboard drag.
    <div
      ref={move.setNodeRef}
      {...move.attributes}
      {...move.listeners}
      role="button"
      tabIndex={0}
      onKeyDown={onKeyDown}
      onClick={() => onSelect(event.id)}
      className={`tl-bar verdict-${event.verdict}${point ? ' tl-point' : ''}${selected ? ' is-selected' : ''}${dragging ? ' is-dragging' : ''}`}
      style={style}
      data-testid="timeline-event"
      data-event-id={event.id}
      data-lane-id={event.laneId}
      data-start={event.start}
      data-end={event.end}
      data-peers={peerNames || undefined}
      aria-label={text.barLabel(title, event.start, event.end, verdictWord)}
      aria-roledescription="event"
      title={[`${title} · ${props.dateLabel} · ${verdictWord}`, ...figures, peerNames && text.openedBy(peerNames)]
        .filter(Boolean)
        .join('\n')}
    >
      {!point && (
        <span
          ref={start.setNodeRef}
          {...start.listeners}
          className="tl-handle tl-handle-start"
          title={text.resizeStart}
        />
      )}
      <VerdictIcon verdict={event.verdict} />
      <span className="tl-bar-title">{title}</span>
      {figures.length > 0 && <span className="tl-bar-figures">{figures.join(' · ')}</span>}
      {openThreads > 0 && (
        <span className="tl-bar-comments" data-testid="event-open-threads">
          <CommentIcon size={11} />
          {openThreads}
        </span>
      )}
      {colors.map((color) => (
        <span key={color} className="tl-peer-dot" style={{ background: color }} />
      ))}
      {!point && (
        <span ref={end.setNodeRef} {...end.listeners} className="tl-handle tl-handle-end" title={text.resizeEnd} />
      )}
    </div>
  );
});
