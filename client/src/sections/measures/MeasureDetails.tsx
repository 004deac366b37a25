import type { Measure } from '@balanza/model';
import { type useActions, useSnapshot } from '../../board/BoardContext.tsx';
import { TargetThreads } from '../../board/comments/TargetThreads.tsx';
import { quartersOf } from '../../board/measures/board.ts';
import { useMeasureText } from '../../board/measures/texts.ts';
import { DraftInput } from '../../ui/DraftInput.tsx';
import { TrashIcon } from '../../ui/icons.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';

interface DetailsProps {
  card: Measure;
  /** A private card of this member ([MEASURE-6]): its changes go to their private document, and it has no comments. */
  isPrivate: boolean;
  onUpdate(id: string, patch: Parameters<ReturnType<typeof useActions>['updateMeasure']>[1]): void;
  editable: boolean;
  onClose(): void;
  onRemove(card: Measure): void;
}

/** The side panel of one measure: owner, due quarter, the goals and events it links to, its comment threads. */
export function MeasureDetails({ card, isPrivate, onUpdate, editable, onClose, onRemove }: DetailsProps) {
  const snapshot = useSnapshot();
  const text = useMeasureText();
  const name = card.text.trim() || text.untitled;
  const toggle = (field: 'goalIds' | 'eventIds', id: string, on: boolean) =>
    onUpdate(card.id, {
      [field]: on ? [...new Set([...card[field], id])] : card[field].filter((other) => other !== id),
    });
  const quarters = quartersOf(snapshot.meta.planYear);
  return (
    <SidePanel
      className="ms-panel"
      heading={name}
      headingId="ms-panel-title"
      closeLabel={text.closeDetails}
      onClose={onClose}
      data-testid="measure-panel"
      data-measure-id={card.id}
    >
      <label className="tl-field" htmlFor={`${card.id}-owner`}>
        <span>{text.owner}</span>
        <DraftInput
          id={`${card.id}-owner`}
          value={card.owner}
          disabled={!editable}
          onCommit={(owner) => {
            onUpdate(card.id, { owner: owner.trim() });
            return null;
          }}
          data-testid="measure-owner"
        />
      </label>
      <label className="tl-field">
        <span>{text.due}</span>
        <select
          value={card.due}
          disabled={!editable}
          onChange={(event) => onUpdate(card.id, { due: event.target.value })}
          data-testid="measure-due"
        >
          <option value="">{text.noDue}</option>
          {[...new Set([...quarters, ...(card.due ? [card.due] : [])])].map((quarter) => (
            <option key={quarter} value={quarter}>
              {quarter}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="ms-links" data-testid="measure-goal-links">
        <legend>{text.linkedGoals}</legend>
        {snapshot.goals.length === 0 && <p className="muted">{text.noGoals}</p>}
        {snapshot.goals.map((goal) => (
          <label key={goal.id} className="ms-toggle">
            <input
              type="checkbox"
              disabled={!editable}
              checked={card.goalIds.includes(goal.id)}
              onChange={(event) => toggle('goalIds', goal.id, event.target.checked)}
            />
            {goal.label || goal.kind}
          </label>
        ))}
      </fieldset>
      <fieldset className="ms-links" data-testid="measure-event-links">
        <legend>{text.linkedEvents}</legend>
        {snapshot.events.length === 0 && <p className="muted">{text.noEvents}</p>}
        {snapshot.events.map((event) => (
          <label key={event.id} className="ms-toggle">
            <input
              type="checkbox"
              disabled={!editable}
              checked={card.eventIds.includes(event.id)}
              onChange={(change) => toggle('eventIds', event.id, change.target.checked)}
            />
            {event.title} <span className="muted">{event.start}</span>
          </label>
        ))}
      </fieldset>
      {/* Comments are on the board for everyone: a private card has none until it is revealed. */}
      {!isPrivate && <TargetThreads targetKind="measure" targetId={card.id} />}
      {editable && (
        <footer className="side-panel-foot">
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => onRemove(card)}
            data-testid="measure-remove"
          >
            <TrashIcon size={12} />
            <span>{text.remove}</span>
          </button>
        </footer>
      )}
    </SidePanel>
  );
}
