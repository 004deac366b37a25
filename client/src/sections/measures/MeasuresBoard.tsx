import { MEASURE_COLUMNS, type Measure, type MeasureColumn } from '@balanza/model';
import { type CollisionDetection, DndContext, DragOverlay } from '@dnd-kit/core';
import { memo, type RefObject } from 'react';
import { useMeasureText } from '../../board/measures/texts.ts';
import type { CardPeers, MeasureCardProps } from './MeasureCard.tsx';
import { MeasureColumnView } from './MeasureColumnView.tsx';
import type { useMeasureDnd } from './useMeasureDnd.ts';

/** The column under the dragged card's centre (columns are the only drop targets: see useMeasureDnd). */
const columnUnderCard: CollisionDetection = ({
  collisionRect,
  droppableRects,
  droppableContainers,
  pointerCoordinates,
}) => {
  const x = pointerCoordinates?.x ?? collisionRect.left + collisionRect.width / 2;
  for (const container of droppableContainers) {
    const rect = droppableRects.get(container.id);
    if (rect && x >= rect.left && x <= rect.right) return [{ id: container.id }];
  }
  return [];
};

type CardHandlers = Pick<MeasureCardProps, 'onText' | 'onDraft' | 'onFocusCard' | 'onOpen' | 'onVote'>;

interface MeasuresBoardProps extends CardHandlers {
  boardRef: RefObject<HTMLDivElement | null>;
  dnd: ReturnType<typeof useMeasureDnd>;
  /** The dragged card's text, shown in the overlay under the pointer. */
  activeText: string | null;
  lockedColumns: readonly MeasureColumn[];
  mayChange(column: MeasureColumn): boolean;
  canVote: boolean;
  selfId: string;
  selectedId: string | null;
  peers: Map<string, CardPeers>;
  openThreads: Map<string, number>;
  /** This member's private cards, shown after the board's in their columns ([MEASURE-6]). */
  privateCards: readonly Measure[];
  onAdd(column: MeasureColumn, text: string): void;
}

/**
 * The three columns inside their drag context. Memoised, and given no card data (each column reads its
 * own): a remote edit re-renders the columns it changed and not the drag context, whose re-render would
 * make React visit all 300 cards.
 */
export const MeasuresBoard = memo(function MeasuresBoard(props: MeasuresBoardProps) {
  const { dnd, mayChange } = props;
  const text = useMeasureText();
  return (
    <DndContext
      sensors={dnd.sensors}
      collisionDetection={columnUnderCard}
      accessibility={dnd.accessibility}
      {...dnd.handlers}
    >
      <div className="ms-board" data-testid="measures-board" ref={props.boardRef}>
        {MEASURE_COLUMNS.map((column) => (
          <MeasureColumnView
            key={column}
            column={column}
            locked={props.lockedColumns.includes(column)}
            editable={mayChange(column)}
            canVote={props.canVote}
            selfId={props.selfId}
            selectedId={props.selectedId}
            peers={props.peers}
            openThreads={props.openThreads}
            privateCards={props.privateCards}
            activeId={dnd.activeId}
            dropSlot={dnd.slot?.column === column ? dnd.slot.slot : null}
            onAdd={props.onAdd}
            onText={props.onText}
            onDraft={props.onDraft}
            onFocusCard={props.onFocusCard}
            onOpen={props.onOpen}
            onVote={props.onVote}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {props.activeText !== null ? (
          <div className="ms-card ms-card-overlay">{props.activeText || text.untitled}</div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
});
