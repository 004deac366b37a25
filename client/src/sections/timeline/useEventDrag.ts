import type { Lane, TimelineEvent } from '@balanza/model';
import {
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { type RefObject, useMemo } from 'react';
import { type BarDragData, eventIdOfDrag } from './EventBar.tsx';
import type { TimelineTexts } from './texts.ts';
import { dayOf, isoOf, type TimeWindow } from './timeScale.ts';

const laneOfDropId = (id: string | number | undefined) => (id === undefined ? null : String(id).replace(/^lane:/, ''));

/** The lane under a point: lanes are full-width strips, so only the vertical position matters. */
export const laneCollision: CollisionDetection = ({
  collisionRect,
  droppableRects,
  droppableContainers,
  pointerCoordinates,
}) => {
  const y = pointerCoordinates?.y ?? collisionRect.top + collisionRect.height / 2;
  for (const container of droppableContainers) {
    const rect = droppableRects.get(container.id);
    if (rect && y >= rect.top && y <= rect.bottom) return [{ id: container.id }];
  }
  return [];
};

const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };

/** Pixels per day of the lanes' track right now (the track stretches with the window). */
export function dayWidth(grid: RefObject<HTMLElement | null>, window: TimeWindow): number {
  const track = grid.current?.querySelector('[data-testid="lane-track"]');
  const width = track?.getBoundingClientRect().width ?? 0;
  return width > 0 ? width / (window.end - window.start) : 1;
}

/**
 * Pointer and keyboard sensors: with the keyboard, ←/→ move an event by one day and ↑/↓ to the lane
 * above or below, so every drag has a path without a mouse.
 */
export function useEventSensors(grid: RefObject<HTMLElement | null>, window: TimeWindow) {
  // Made once per window: new sensor options would give dnd-kit new activators, and with them a
  // re-render of every bar.
  const coordinateGetter = useMemo<KeyboardCoordinateGetter>(
    () =>
      (event, { currentCoordinates, context }) => {
        const step = dayWidth(grid, window);
        if (event.code === 'ArrowRight') return { ...currentCoordinates, x: currentCoordinates.x + step };
        if (event.code === 'ArrowLeft') return { ...currentCoordinates, x: currentCoordinates.x - step };
        if (event.code !== 'ArrowDown' && event.code !== 'ArrowUp') return undefined;
        const box = context.collisionRect;
        if (!box) return undefined;
        const rects = [...context.droppableRects.values()].sort((a, b) => a.top - b.top);
        const centre = box.top + box.height / 2;
        const here = rects.findIndex((rect) => centre >= rect.top && centre <= rect.bottom);
        const target = rects[here + (event.code === 'ArrowDown' ? 1 : -1)];
        if (here === -1 || !target) return undefined;
        return { ...currentCoordinates, y: currentCoordinates.y + (target.top + 4 - box.top) };
      },
    [grid, window],
  );
  const keyboard = useMemo(() => ({ coordinateGetter, keyboardCodes: KEYBOARD_CODES }), [coordinateGetter]);
  return useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, keyboard));
}

/**
 * The lane under the dropped bar's centre, read from the DOM at drop time: dnd-kit's `over` is updated
 * a frame later, so fast keyboard moves could otherwise drop into the previous lane.
 */
export function laneUnder(grid: RefObject<HTMLElement | null>, drop: DragEndEvent): string | null {
  const rect = drop.active.rect.current.translated;
  if (!rect) return laneOfDropId(drop.over?.id);
  const y = rect.top + rect.height / 2;
  for (const track of grid.current?.querySelectorAll<HTMLElement>('[data-testid="lane-track"]') ?? []) {
    const box = track.getBoundingClientRect();
    if (y >= box.top && y <= box.bottom) return track.dataset.laneId ?? null;
  }
  return laneOfDropId(drop.over?.id);
}

/** What a drop means for the event: its new lane and dates, or null when nothing changes. */
export function dropResult(
  drop: DragEndEvent,
  events: Map<string, TimelineEvent>,
  pixelsPerDay: number,
  laneId: string | null = laneOfDropId(drop.over?.id),
): { id: string; patch: Partial<Pick<TimelineEvent, 'laneId' | 'start' | 'end'>> } | null {
  const eventId = eventIdOfDrag(drop.active.id);
  const kind = (drop.active.data.current as BarDragData | undefined)?.kind ?? 'move';
  const event = events.get(eventId);
  if (!event) return null;
  const days = Math.round(drop.delta.x / pixelsPerDay);
  const start = dayOf(event.start);
  const end = dayOf(event.end);
  if (kind === 'move') {
    const lane = laneId ?? event.laneId;
    if (days === 0 && lane === event.laneId) return null;
    return { id: eventId, patch: { laneId: lane, start: isoOf(start + days), end: isoOf(end + days) } };
  }
  if (days === 0) return null;
  // Resizing never turns an event inside out: an end stays on or after its start.
  if (kind === 'start') return { id: eventId, patch: { start: isoOf(Math.min(start + days, end)) } };
  return { id: eventId, patch: { end: isoOf(Math.max(end + days, start)) } };
}

/** What a screen reader hears while an event is moved, in the UI language. */
export function useEventAnnouncements(
  events: Map<string, TimelineEvent>,
  lanes: Lane[],
  text: TimelineTexts,
): Announcements {
  return useMemo(() => {
    const title = (id: string | number) => events.get(eventIdOfDrag(id))?.title || text.untitled;
    const lane = (id: string | number | undefined) =>
      lanes.find((candidate) => candidate.id === laneOfDropId(id))?.label || text.untitled;
    return {
      onDragStart: ({ active }) => text.drag.picked(title(active.id)),
      onDragOver: ({ active, over }) => (over ? text.drag.moving(title(active.id), lane(over.id)) : undefined),
      onDragEnd: ({ active, over }) =>
        over ? text.drag.dropped(title(active.id), lane(over.id)) : text.drag.cancelled(title(active.id)),
      onDragCancel: ({ active }) => text.drag.cancelled(title(active.id)),
    };
  }, [events, lanes, text]);
}
