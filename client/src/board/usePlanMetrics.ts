import { createPlanTracker, type PlanMetrics } from '@balanza/metrics';
import type { BoardSnapshot } from '@balanza/model';
import { useMemo, useRef } from 'react';

/**
 * The board's plan figures, kept up to date incrementally ([PLAN-14]): the tracker updates running sums
 * from the items whose snapshot object changed since the last render.
 */
export function usePlanMetrics(snapshot: BoardSnapshot): PlanMetrics {
  const tracker = useRef<ReturnType<typeof createPlanTracker> | null>(null);
  tracker.current ??= createPlanTracker();
  const current = tracker.current;
  return useMemo(() => current.update(snapshot), [current, snapshot]);
}
