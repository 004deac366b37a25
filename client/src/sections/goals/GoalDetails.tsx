import type { Goal } from '@balanza/model';
import { TargetThreads } from '../../board/comments/TargetThreads.tsx';
import { LinkedMeasures } from '../../board/measures/LinkedMeasures.tsx';

interface GoalDetailsProps {
  goal: Goal;
}

/** Under a goal's causes: the measures that cite it, and the team's comment threads on why. */
export function GoalDetails({ goal }: GoalDetailsProps) {
  return (
    <div className="goal-details" data-testid="goal-details">
      <LinkedMeasures kind="goal" id={goal.id} />
      <TargetThreads targetKind="goal" targetId={goal.id} />
    </div>
  );
}
