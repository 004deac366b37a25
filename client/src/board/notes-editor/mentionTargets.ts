import type { BoardSnapshot } from '@balanza/model';

/** What a note can mention: the board's goals, timeline events and measures. */
export const MENTION_KINDS = ['goal', 'event', 'measure'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

export interface MentionTarget {
  kind: MentionKind;
  id: string;
  /** The target's current name (goal label, event title, measure text). */
  label: string;
}

/** A mention stores `kind:id` as its node id, so one Tiptap mention node covers every kind. */
export const mentionId = (target: { kind: MentionKind; id: string }): string => `${target.kind}:${target.id}`;

export function parseMentionId(value: unknown): { kind: MentionKind; id: string } | null {
  if (typeof value !== 'string') return null;
  const at = value.indexOf(':');
  const kind = value.slice(0, at) as MentionKind;
  const id = value.slice(at + 1);
  return at > 0 && id && MENTION_KINDS.includes(kind) ? { kind, id } : null;
}

/**
 * Every mentionable thing on the board, by `kind:id`, with its name as it is now. A measure written
 * privately (hidden until the facilitator reveals it) is left out unless `viewerId` wrote it.
 */
export function mentionTargets(snapshot: BoardSnapshot, viewerId: string | null = null): Map<string, MentionTarget> {
  const targets = new Map<string, MentionTarget>();
  const add = (target: MentionTarget) => targets.set(mentionId(target), target);
  for (const goal of snapshot.goals) add({ kind: 'goal', id: goal.id, label: goal.label });
  for (const event of snapshot.events) add({ kind: 'event', id: event.id, label: event.title });
  for (const measure of snapshot.measures) {
    const privacy = measure as { hidden?: boolean; author?: string };
    if (privacy.hidden && privacy.author !== viewerId) continue;
    add({ kind: 'measure', id: measure.id, label: measure.text });
  }
  return targets;
}

/** The targets whose name contains `query` (case- and accent-insensitive), at most `limit`. */
export function findTargets(targets: Iterable<MentionTarget>, query: string, limit = 8): MentionTarget[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const wanted = fold(query.trim());
  const found: MentionTarget[] = [];
  for (const target of targets) {
    if (!target.label.trim()) continue;
    if (fold(target.label).includes(wanted)) found.push(target);
    if (found.length >= limit) break;
  }
  return found;
}
