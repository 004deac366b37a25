import type { BoardSnapshot, Goal } from '@balanza/model';
import { TargetThreads } from '../comments/TargetThreads.tsx';
import { useIdentity } from '../identity/identity.ts';
import { LinkedMeasures } from '../measures/LinkedMeasures.tsx';
import type { BoardActions } from '../sync/actions.ts';

interface GoalDetailsProps {
  boardId: string;
  goal: Goal;
  snapshot: BoardSnapshot;
  actions: BoardActions;
}

/** Under a goal's causes: the measures that cite it, and the team's comment threads on why. */
export function GoalDetails({ boardId, goal, snapshot, actions }: GoalDetailsProps) {
  const identity = useIdentity();
  return (
    <div className="goal-details" data-testid="goal-details">
      <LinkedMeasures snapshot={snapshot} kind="goal" id={goal.id} />
      <TargetThreads
        boardId={boardId}
        snapshot={snapshot}
        actions={actions}
        identity={identity}
        targetKind="goal"
        targetId={goal.id}
      />
    </div>
  );
}
