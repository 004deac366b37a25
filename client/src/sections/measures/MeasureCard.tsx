import type { Measure } from '@balanza/model';
import { useDraggable } from '@dnd-kit/core';
import { memo, useMemo } from 'react';
import { CommentIcon } from '../../board/comments/CommentIcon.tsx';
import { totalVotes } from '../../board/measures/board.ts';
import { useMeasureText } from '../../board/measures/texts.ts';
import { GripIcon } from '../../ui/icons.tsx';
import { CardText } from './CardText.tsx';

/** Someone else's presence on a card: names and colours of who edits or drags it. */
export interface CardPeers {
  names: string;
  colors: string[];
  dragging: boolean;
}

export interface MeasureCardProps {
  card: Measure;
  /** This person may change the card (role, and the column is not locked for them). */
  editable: boolean;
  mine: boolean;
  myVotes: number;
  canVote: boolean;
  openThreads: number;
  peers: CardPeers | undefined;
  selected: boolean;
  onText(id: string, text: string): void;
  onDraft(id: string, draft: string | null): void;
  onFocusCard(id: string | null): void;
  onOpen(id: string): void;
  onVote(id: string, delta: 1 | -1): void;
}

/**
 * One measure card: a draggable shell (re-rendered whenever a drag starts, ends or changes column, so
 * it stays small) around the memoised body with the text, owner, due quarter, links, votes and comments.
 * While dragged it stays in place, dimmed; the drag overlay follows the pointer.
 */
export const MeasureCard = memo(function MeasureCard(props: MeasureCardProps) {
  const { card, editable, peers, selected } = props;
  const text = useMeasureText();
  const name = card.text.trim() || text.untitled;
  const data = useMemo(() => ({ column: card.column }), [card.column]);
  const draggable = useDraggable({ id: card.id, data, disabled: !editable });
  const { isDragging } = draggable;
  const peerColor = peers?.colors[0];
  const { onFocusCard } = props;
  return (
    <li
      ref={draggable.setNodeRef}
      className={`ms-card${isDragging ? ' is-dragging' : ''}${selected ? ' is-selected' : ''}${card.hidden ? ' is-private' : ''}`}
      data-testid="measure-card"
      data-measure-id={card.id}
      data-column={card.column}
      data-peers={peers?.names}
      data-peer-dragging={peers?.dragging ? 'true' : undefined}
      style={peerColor ? { boxShadow: `0 0 0 2px ${peerColor}` } : undefined}
      onFocus={() => onFocusCard(card.id)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onFocusCard(null);
      }}
    >
      {editable && (
        <button
          type="button"
          className="drag-handle"
          ref={draggable.setActivatorNodeRef}
          {...draggable.attributes}
          {...draggable.listeners}
          aria-label={text.move(name)}
          title={text.move(name)}
          data-testid="measure-handle"
        >
          <GripIcon />
        </button>
      )}
      <CardBody {...props} />
    </li>
  );
});

const CardBody = memo(function CardBody(props: MeasureCardProps) {
  const { card, editable, mine, myVotes, canVote, openThreads, peers, selected } = props;
  const text = useMeasureText();
  const name = card.text.trim() || text.untitled;
  const votes = totalVotes(card);
  const links = card.goalIds.length + card.eventIds.length;
  return (
    <div className="ms-card-body">
      <CardText
        value={card.text}
        label={`${text.cardText}: ${name}`}
        readOnly={!editable}
        onCommit={(value) => props.onText(card.id, value)}
        onDraft={(draft) => props.onDraft(card.id, draft)}
      />
      {card.hidden && mine && (
        <p className="ms-private" data-testid="measure-private">
          <span aria-hidden="true">🔒︎ </span>
          {text.onlyYou}
        </p>
      )}
      {peers && (
        <p className="ms-peers" style={{ borderColor: peers.colors[0] }} data-testid="measure-peers">
          {peers.dragging ? text.draggingBy(peers.names) : text.editingBy(peers.names)}
        </p>
      )}
      <div className="ms-card-meta">
        {card.owner && <span className="ms-chip">{card.owner}</span>}
        {card.due && <span className="ms-chip">{card.due}</span>}
        {links > 0 && <span className="ms-chip">{text.links(links)}</span>}
        <span className="ms-spacer" />
        <span className="ms-votes" data-testid="measure-votes" data-votes={votes}>
          {canVote && myVotes > 0 && (
            <button
              type="button"
              className="icon-button"
              aria-label={text.unvote(name)}
              onClick={() => props.onVote(card.id, -1)}
            >
              −
            </button>
          )}
          <span title={text.votes(votes)}>
            <span aria-hidden="true">▲ {votes}</span>
            <span className="visually-hidden">{text.votes(votes)}</span>
          </span>
          {canVote && (
            <button
              type="button"
              className="icon-button"
              aria-label={text.vote(name)}
              onClick={() => props.onVote(card.id, 1)}
              data-testid="measure-vote"
            >
              +
            </button>
          )}
        </span>
        <button
          type="button"
          className="icon-button ms-open"
          aria-label={`${text.details}: ${name}. ${text.comments(openThreads)}`}
          aria-expanded={selected}
          onClick={() => props.onOpen(card.id)}
          data-testid="measure-open"
        >
          <CommentIcon />
          {openThreads > 0 && <span data-testid="measure-comments">{openThreads}</span>}
        </button>
      </div>
    </div>
  );
});
