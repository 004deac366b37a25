import type { Measure, MeasureColumn } from '@balanza/model';
import { useDroppable } from '@dnd-kit/core';
import { memo, type ReactNode, useState } from 'react';
import { columnDropId } from '../../board/measures/board.ts';
import { useMeasureText } from '../../board/measures/texts.ts';
import { LockIcon, PlusIcon } from '../../ui/icons.tsx';
import { type CardPeers, MeasureCard, type MeasureCardProps } from './MeasureCard.tsx';
import { useColumnCards } from './useColumnCards.ts';

type CardHandlers = Pick<MeasureCardProps, 'onText' | 'onDraft' | 'onFocusCard' | 'onOpen' | 'onVote'>;

interface ColumnProps extends CardHandlers {
  column: MeasureColumn;
  locked: boolean;
  /** This person may add and change cards here. */
  editable: boolean;
  canVote: boolean;
  selfId: string;
  selectedId: string | null;
  peers: Map<string, CardPeers>;
  openThreads: Map<string, number>;
  /** This member's private cards (of every column): those of this one come after the board's. */
  privateCards: readonly Measure[];
  /** The card being dragged, if any. */
  activeId: string | null;
  /** Where the dragged card would land in this column (index among its other cards), or null for none. */
  dropSlot: number | null;
  onAdd(column: MeasureColumn, text: string): void;
}

/** Where a dragged card would land; not a card (no `data-measure-id`), so slots are counted without it. */
const DropIndicator = () => (
  <li className="ms-drop-indicator" aria-hidden="true" data-testid="measure-drop-indicator" />
);

/**
 * One of keep / change / add: a drop zone with its sortable cards and a box to add one. It reads its
 * own cards from the board (see useColumnCards).
 */
export const MeasureColumnView = memo(function MeasureColumnView(props: ColumnProps) {
  const { column, locked, editable, canVote, selfId, selectedId, peers, openThreads, activeId, dropSlot } = props;
  const cards = useColumnCards(column, selfId, props.privateCards);
  /** The card the drop indicator shows before (null: at the end), or undefined for no indicator. */
  const dropBefore =
    dropSlot === null ? undefined : (cards.filter((card) => card.id !== activeId)[dropSlot]?.id ?? null);
  const text = useMeasureText();
  const droppable = useDroppable({ id: columnDropId(column), data: { column } });
  const [draft, setDraft] = useState('');
  const headingId = `ms-col-${column}`;
  const add = () => {
    if (!draft.trim()) return;
    props.onAdd(column, draft.trim());
    setDraft('');
  };
  return (
    <section
      ref={droppable.setNodeRef}
      className={`ms-column${droppable.isOver ? ' is-over' : ''}${locked ? ' is-locked' : ''}`}
      aria-labelledby={headingId}
      data-testid="measure-column"
      data-column={column}
      data-locked={locked ? 'true' : undefined}
    >
      <header className="ms-column-head">
        <h2 id={headingId}>
          {text.column[column]} <span className="muted">{cards.length}</span>
        </h2>
        {locked && (
          <span className="ms-lock" title={text.lockedReason} data-testid="measure-column-lock">
            <LockIcon />
            {text.locked}
          </span>
        )}
      </header>
      <p className="muted ms-column-hint">{locked ? text.lockedReason : text.columnHint[column]}</p>
      <ul className="ms-cards" data-column-cards={column}>
        {cards.flatMap((card) => {
          const shown: ReactNode = (
            <MeasureCard
              key={card.id}
              card={card}
              editable={editable}
              mine={card.author === selfId}
              myVotes={card.votes[selfId] ?? 0}
              canVote={canVote && !card.hidden}
              openThreads={openThreads.get(card.id) ?? 0}
              peers={peers.get(card.id)}
              selected={card.id === selectedId}
              onText={props.onText}
              onDraft={props.onDraft}
              onFocusCard={props.onFocusCard}
              onOpen={props.onOpen}
              onVote={props.onVote}
            />
          );
          // No wrapper per card: a column re-rendered for one card then reconciles half the elements.
          return dropBefore === card.id ? [<DropIndicator key="drop-indicator" />, shown] : [shown];
        })}
        {dropBefore === null && <DropIndicator />}
      </ul>
      {cards.length === 0 && <p className="ms-empty muted">{text.empty}</p>}
      {editable && (
        <form
          className="ms-add"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <input
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            placeholder={text.newCardPlaceholder}
            aria-label={text.addCard(text.column[column])}
            data-testid="measure-new-input"
          />
          <button
            type="submit"
            className="button button-small"
            disabled={!draft.trim()}
            aria-label={text.addCard(text.column[column])}
            data-testid="measure-new-add"
          >
            <PlusIcon size={12} />
            <span>{text.add}</span>
          </button>
        </form>
      )}
    </section>
  );
});
