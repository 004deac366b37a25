import type { Measure, MeasureColumn } from '@balanza/model';
import {
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, useRef, useState } from 'react';
import { columnOfTarget, dropTarget } from './board.ts';
import { useMeasureText } from './texts.ts';

interface DndOptions {
  /** Every measure in board order (hidden ones too: positions are computed on the whole document). */
  all: Measure[];
  /** The cards this person sees, for positions read out to a screen reader. */
  visible: Record<MeasureColumn, Measure[]>;
  mayDropIn(column: MeasureColumn): boolean;
  onMove(id: string, column: MeasureColumn, index: number): void;
  onRefused(column: MeasureColumn): void;
  onDragging(id: string | null): void;
}

/**
 * Pointer, touch and keyboard dragging of measure cards, with screen-reader announcements in the UI
 * language. A drop is one `moveMeasure` (column and order in one transaction), so every peer sees it at once.
 */
export function useMeasureDnd({ all, visible, mayDropIn, onMove, onRefused, onDragging }: DndOptions) {
  const text = useMeasureText();
  const [activeId, setActiveId] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // Announcements are read by dnd-kit from the latest render; keep the data in a ref so they stay stable.
  const latest = useRef({ all, visible });
  latest.current = { all, visible };

  const accessibility = useMemo(() => {
    const d = text.drag;
    const name = (id: UniqueIdentifier) =>
      latest.current.all.find((card) => card.id === id)?.text.trim() || text.untitled;
    const where = (overId: UniqueIdentifier) => {
      const column = columnOfTarget(latest.current.all, String(overId));
      if (!column) return null;
      const cards = latest.current.visible[column];
      const at = cards.findIndex((card) => card.id === overId);
      return { column: text.column[column], position: at >= 0 ? at + 1 : cards.length + 1, count: cards.length };
    };
    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        const column = columnOfTarget(latest.current.all, String(active.id));
        return d.picked(name(active.id), column ? text.column[column] : '');
      },
      onDragOver: ({ active, over }) => {
        const at = over ? where(over.id) : null;
        return at ? d.over(name(active.id), at.column, at.position, at.count) : undefined;
      },
      onDragEnd: ({ active, over }) => {
        const at = over ? where(over.id) : null;
        return at ? d.dropped(name(active.id), at.column, at.position) : d.cancelled(name(active.id));
      },
      onDragCancel: ({ active }) => d.cancelled(name(active.id)),
    };
    return { announcements, screenReaderInstructions: { draggable: d.instructions } };
  }, [text]);

  const onDragStart = ({ active }: DragStartEvent) => {
    setActiveId(String(active.id));
    onDragging(String(active.id));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    onDragging(null);
    if (!over) return;
    const target = dropTarget(all, String(active.id), String(over.id));
    if (!target) return;
    if (!mayDropIn(target.column)) return onRefused(target.column);
    onMove(String(active.id), target.column, target.index);
  };
  const onDragCancel = () => {
    setActiveId(null);
    onDragging(null);
  };
  return { sensors, accessibility, activeId, onDragStart, onDragEnd, onDragCancel };
}
