import type { Lane } from '@balanza/model';
import { memo, useEffect, useState } from 'react';
import { PlusIcon, TrashIcon } from '../../ui/icons.tsx';
import { useTimelineText } from './texts.ts';

interface LaneHeaderProps {
  lane: Lane;
  index: number;
  count: number;
  eventCount: number;
  onRename(id: string, label: string): void;
  onMove(id: string, index: number): void;
  onRemove(id: string): void;
  onAddEvent(laneId: string): void;
}

/** A lane's name (editable), its order buttons, and remove — refused, with the reason, while it has events. */
export const LaneHeader = memo(function LaneHeader(props: LaneHeaderProps) {
  const { lane, index, count, eventCount, onRename, onMove, onRemove, onAddEvent } = props;
  const text = useTimelineText();
  const [draft, setDraft] = useState(lane.label);
  const [refusal, setRefusal] = useState(false);
  useEffect(() => setDraft(lane.label), [lane.label]);
  useEffect(() => {
    if (eventCount === 0) setRefusal(false);
  }, [eventCount]);
  const label = lane.label || text.untitled;
  const commit = () => {
    if (draft.trim() !== lane.label) onRename(lane.id, draft.trim());
  };
  return (
    <div className="tl-lane-head" data-testid="lane-head" data-lane-id={lane.id}>
      <input
        className="tl-lane-name"
        value={draft}
        aria-label={text.laneName}
        data-testid="lane-name"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
          if (event.key === 'Escape') setDraft(lane.label);
        }}
      />
      <div className="tl-lane-tools edit-only">
        <button
          type="button"
          className="icon-button tl-tool"
          aria-label={text.addEventIn(label)}
          title={text.addEventIn(label)}
          data-testid="lane-add-event"
          onClick={() => onAddEvent(lane.id)}
        >
          <PlusIcon size={12} />
        </button>
        <button
          type="button"
          className="icon-button tl-tool"
          aria-label={text.laneUp(label)}
          title={text.laneUp(label)}
          disabled={index === 0}
          onClick={() => onMove(lane.id, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button tl-tool"
          aria-label={text.laneDown(label)}
          title={text.laneDown(label)}
          disabled={index === count - 1}
          onClick={() => onMove(lane.id, index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button tl-tool"
          aria-label={text.removeLane(label)}
          title={text.removeLane(label)}
          data-testid="lane-remove"
          aria-describedby={refusal ? `lane-refusal-${lane.id}` : undefined}
          onClick={() => (eventCount > 0 ? setRefusal(true) : onRemove(lane.id))}
        >
          <TrashIcon size={12} />
        </button>
      </div>
      {refusal && (
        <p className="tl-lane-refusal" id={`lane-refusal-${lane.id}`} role="alert" data-testid="lane-refusal">
          {text.laneHasEvents(eventCount)}
        </p>
      )}
    </div>
  );
});
