import type { TimelineEvent } from '@balanza/model';
import { dayOf } from './timeScale.ts';

/** Where one event sits in its lane: its days and the row it is stacked on. */
export interface Placement {
  event: TimelineEvent;
  start: number;
  /** Inclusive last day (a one-day event has start === end). */
  end: number;
  row: number;
}

/**
 * Stacks a lane's events so overlapping ones never cover each other: each event takes the first row
 * whose last event ended before it starts (greedy by start date, then id, so every peer stacks alike).
 */
export function stackLane(events: TimelineEvent[]): { placements: Placement[]; rows: number } {
  const sorted = events
    .map((event) => {
      const start = dayOf(event.start);
      return { event, start, end: Math.max(start, dayOf(event.end)), row: 0 };
    })
    .sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : 1));
  const rowEnds: number[] = [];
  for (const placement of sorted) {
    let row = rowEnds.findIndex((end) => end < placement.start);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = placement.end;
    placement.row = row;
  }
  return { placements: sorted, rows: Math.max(1, rowEnds.length) };
}

/** Events grouped by lane id (events of an unknown lane are left out: the model flags them). */
export function eventsByLane(events: TimelineEvent[]): Map<string, TimelineEvent[]> {
  const byLane = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const list = byLane.get(event.laneId);
    if (list) list.push(event);
    else byLane.set(event.laneId, [event]);
  }
  return byLane;
}
