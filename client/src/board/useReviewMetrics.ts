import { createMetricsTracker, type ReviewMetrics } from '@balanza/metrics';
import type { BoardSnapshot } from '@balanza/model';
import { useMemo, useRef } from 'react';

/**
 * The board's review metrics, kept up to date incrementally: the tracker recomputes only the goals,
 * lines and events whose snapshot object changed since the last render.
 */
export function useReviewMetrics(snapshot: BoardSnapshot): ReviewMetrics {
  const tracker = useRef<ReturnType<typeof createMetricsTracker> | null>(null);
  tracker.current ??= createMetricsTracker();
  const current = tracker.current;
  return useMemo(() => current.update(snapshot), [current, snapshot]);
}
