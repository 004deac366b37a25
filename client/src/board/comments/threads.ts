import type { BoardSnapshot, CommentThread, Section, TargetKind } from '@balanza/model';

/** The section a thread's target lives in (a thread on a whole section names it in `targetId`). */
export function sectionOf(kind: TargetKind, targetId: string): Section | null {
  switch (kind) {
    case 'goal':
      return 'goals';
    case 'ledger':
    case 'outcome':
      return 'ledger';
    case 'lane':
    case 'event':
      return 'timeline';
    case 'measure':
      return 'measures';
    case 'section':
      return (
        (['dashboard', 'goals', 'ledger', 'timeline', 'measures', 'notes'] as const).find((s) => s === targetId) ?? null
      );
  }
}

export const targetKey = (kind: TargetKind, id: string) => `${kind}:${id}`;

/** Open threads per target (`kind:id`), for the counts shown on each thing. */
export function openCountsByTarget(threads: CommentThread[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.resolved) continue;
    const key = targetKey(thread.targetKind, thread.targetId);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Open threads per section, for the left rail. */
export function openCountsBySection(threads: CommentThread[]): Partial<Record<Section, number>> {
  const counts: Partial<Record<Section, number>> = {};
  for (const thread of threads) {
    const section = sectionOf(thread.targetKind, thread.targetId);
    if (!thread.resolved && section) counts[section] = (counts[section] ?? 0) + 1;
  }
  return counts;
}

/** What a thread is about, in words; `deleted` when its target no longer exists (the thread stays readable). */
export function targetLabel(
  snapshot: BoardSnapshot,
  kind: TargetKind,
  id: string,
): { label: string; deleted: boolean } {
  const find = (items: Array<{ id: string }>, name: (item: never) => string) => {
    const item = items.find((candidate) => candidate.id === id);
    return item ? { label: name(item as never), deleted: false } : { label: '', deleted: true };
  };
  switch (kind) {
    case 'event':
      return find(snapshot.events, (event: { title: string }) => event.title);
    case 'lane':
      return find(snapshot.lanes, (lane: { label: string }) => lane.label);
    case 'goal':
      return find(snapshot.goals, (goal: { label: string }) => goal.label);
    case 'ledger':
      return find(snapshot.ledger, (line: { label: string }) => line.label);
    case 'outcome':
      return find(snapshot.outcomes, (outcome: { label: string }) => outcome.label);
    case 'measure':
      return find(snapshot.measures, (measure: { text: string }) => measure.text);
    case 'section':
      return { label: id, deleted: false };
  }
}
