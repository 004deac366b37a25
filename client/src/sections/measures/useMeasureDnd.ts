import type { Measure, MeasureColumn } from '@balanza/model';
import {
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';
import { useMemo, useRef, useState } from 'react';
import { columnOfTarget, type DropSlot, dropTarget, slotAt } from '../../board/measures/board.ts';
import { useMeasureText } from '../../board/measures/texts.ts';

interface DndOptions {
  /** Every measure in board order (hidden ones too: positions are computed on the whole document). */
  all: Measure[];
  /** The cards this person sees, per column, in board order. */
  visible: Record<MeasureColumn, Measure[]>;
  /** The element holding the columns, to read card positions from during a drag. */
  board: { current: HTMLElement | null };
  mayDropIn(column: MeasureColumn): boolean;
  onMove(id: string, column: MeasureColumn, index: number): void;
  onRefused(column: MeasureColumn): void;
  onDragging(id: string | null): void;
}

const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };
const TOUCH_OPTIONS = { activationConstraint: { delay: 150, tolerance: 6 } };

const sameSlot = (a: DropSlot | null, b: DropSlot | null) => a?.column === b?.column && a?.slot === b?.slot;

/** Vertical middles of a column's cards, the dragged one left out (it keeps its place until dropped). */
function cardMiddles(board: HTMLElement | null, column: MeasureColumn, activeId: string): number[] {
  const cards = board?.querySelectorAll<HTMLElement>(`[data-column-cards="${column}"] > [data-measure-id]`) ?? [];
  const middles: number[] = [];
  for (const card of cards) {
    if (card.dataset.measureId === activeId) continue;
    const rect = card.getBoundingClientRect();
    middles.push(rect.top + rect.height / 2);
  }
  return middles;
}

/** Where the drag is now: the pointer (or touch) when there is one, else the moved card's middle (keyboard). */
function dragY(event: DragMoveEvent | DragEndEvent): number | null {
  const start = getEventCoordinates(event.activatorEvent);
  if (start) return start.y + event.delta.y;
  const rect = event.active.rect.current.translated;
  return rect ? rect.top + rect.height / 2 : null;
}

/** The slot under the drag, in the column it is over. */
function slotOf(board: HTMLElement | null, event: DragMoveEvent | DragEndEvent): DropSlot | null {
  const column = event.over ? columnOfTarget(String(event.over.id)) : null;
  const y = dragY(event);
  if (!column || y === null) return null;
  return { column, slot: slotAt(cardMiddles(board, column, String(event.active.id)), y) };
}

/**
 * Pointer, touch and keyboard dragging of measure cards. Cards are draggables and only the three columns
 * are drop targets; the slot in a column is read from the cards' positions. So a drag over 300 cards
 * re-renders the cards only when it starts, ends or changes column, and a slot change re-renders one
 * column's indicator — what keeps frames short on a full board. A drop is one `moveMeasure` (column and
 * order in one transaction), so every peer sees it at once. Screen readers hear every slot change.
 */
export function useMeasureDnd({ all, visible, board, mayDropIn, onMove, onRefused, onDragging }: DndOptions) {
  const text = useMeasureText();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [slot, setSlot] = useState<DropSlot | null>(null);
  const slotRef = useRef<DropSlot | null>(null);

  // ←/→ jump to the next column, ↑/↓ to the slot above or below: the same slots as the pointer's.
  // Made once: new sensor options would give dnd-kit new activators, and with them a re-render of every card.
  const coordinateGetter = useMemo<KeyboardCoordinateGetter>(
    () =>
      (event, { currentCoordinates, context }) => {
        const rect = context.collisionRect;
        if (!rect) return undefined;
        const centre = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        const columns = [...context.droppableRects.entries()].sort(([, a], [, b]) => a.left - b.left);
        const here = columns.findIndex(([, column]) => centre.x >= column.left && centre.x <= column.right);
        if (here === -1) return undefined;
        if (event.code === 'ArrowUp' || event.code === 'ArrowDown') {
          const column = columnOfTarget(String(columns[here]?.[0]));
          if (!column) return undefined;
          const middles = cardMiddles(board.current, column, String(context.active?.id));
          const slot = slotAt(middles, centre.y);
          // Just past the middle of the card below, or just before the middle of the card above.
          const y =
            event.code === 'ArrowDown' ? (middles[slot] ?? Number.NaN) + 1 : (middles[slot - 1] ?? Number.NaN) - 1;
          return Number.isNaN(y) ? undefined : { ...currentCoordinates, y: currentCoordinates.y + (y - centre.y) };
        }
        if (event.code !== 'ArrowLeft' && event.code !== 'ArrowRight') return undefined;
        const target = columns[here + (event.code === 'ArrowRight' ? 1 : -1)]?.[1];
        if (!target) return undefined;
        return { ...currentCoordinates, x: currentCoordinates.x + (target.left + target.width / 2 - centre.x) };
      },
    [board],
  );
  const keyboard = useMemo(() => ({ coordinateGetter }), [coordinateGetter]);
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(TouchSensor, TOUCH_OPTIONS),
    useSensor(KeyboardSensor, keyboard),
  );

  // The handlers and announcements read the latest render's data and callbacks through a ref, so they
  // stay the same functions: the board's drag context then does not re-render when a card changes.
  const latest = useRef({ all, visible, mayDropIn, onMove, onRefused, onDragging });
  latest.current = { all, visible, mayDropIn, onMove, onRefused, onDragging };
  const accessibility = useMemo(() => {
    const d = text.drag;
    const name = (id: UniqueIdentifier) =>
      latest.current.all.find((card) => card.id === id)?.text.trim() || text.untitled;
    const count = (target: DropSlot, id: UniqueIdentifier) =>
      latest.current.visible[target.column].filter((card) => card.id !== id).length + 1;
    let announced: DropSlot | null = null;
    const announceSlot = (id: UniqueIdentifier) => {
      const target = slotRef.current;
      if (!target || sameSlot(target, announced)) return undefined;
      announced = target;
      return d.over(name(id), text.column[target.column], target.slot + 1, count(target, id));
    };
    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        const column = latest.current.all.find((card) => card.id === active.id)?.column;
        // Where it starts is said by "picked up": only a move to another slot is announced after it.
        const slot = column ? latest.current.visible[column].findIndex((card) => card.id === active.id) : -1;
        announced = column && slot >= 0 ? { column, slot } : null;
        return d.picked(name(active.id), column ? text.column[column] : '');
      },
      onDragMove: ({ active }) => announceSlot(active.id),
      // `over` changes a move later than the move itself: the slot is read again then.
      onDragOver: ({ active }) => announceSlot(active.id),
      onDragEnd: ({ active }) => {
        const target = slotRef.current;
        return target
          ? d.dropped(name(active.id), text.column[target.column], target.slot + 1)
          : d.cancelled(name(active.id));
      },
      onDragCancel: ({ active }) => d.cancelled(name(active.id)),
    };
    return { announcements, screenReaderInstructions: { draggable: d.instructions } };
  }, [text]);

  const handlers = useMemo(() => {
    const track = (next: DropSlot | null) => {
      if (sameSlot(next, slotRef.current)) return;
      slotRef.current = next;
      setSlot(next);
    };
    // The slot stays in the ref after a drag: the drop announcement is made after `onDragEnd` has run.
    const finish = () => {
      setActiveId(null);
      latest.current.onDragging(null);
      setSlot(null);
    };
    const onDragMove = (event: DragMoveEvent) => track(slotOf(board.current, event));
    return {
      onDragStart: ({ active }: DragStartEvent) => {
        slotRef.current = null;
        setActiveId(String(active.id));
        latest.current.onDragging(String(active.id));
      },
      onDragMove,
      onDragOver: onDragMove,
      onDragEnd: (event: DragEndEvent) => {
        const { active } = event;
        const target = slotOf(board.current, event) ?? slotRef.current;
        slotRef.current = target;
        finish();
        if (!target) return;
        const { all, visible, mayDropIn, onMove, onRefused } = latest.current;
        const move = dropTarget(all, visible, String(active.id), target);
        if (!move) return;
        if (!mayDropIn(move.column)) return onRefused(move.column);
        onMove(String(active.id), move.column, move.index);
      },
      onDragCancel: () => {
        slotRef.current = null;
        finish();
      },
    };
  }, [board]);
  return useMemo(
    () => ({ sensors, accessibility, activeId, slot, handlers }),
    [sensors, accessibility, activeId, slot, handlers],
  );
}
