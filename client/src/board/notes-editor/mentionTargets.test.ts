import { describe, expect, it } from 'vitest';
import { findTargets, type MentionTarget, mentionId, parseMentionId } from './mentionTargets.ts';

const targets: MentionTarget[] = [
  { kind: 'goal', id: 'g1', label: 'Ventas' },
  { kind: 'event', id: 'e1', label: 'Campaña 618' },
  { kind: 'measure', id: 'm1', label: 'Keep live streams' },
  { kind: 'goal', id: 'g2', label: '' },
];

describe('mention targets', () => {
  it('[NOTES-3] a mention id carries kind and id, and anything else is refused', () => {
    expect(parseMentionId(mentionId({ kind: 'event', id: 'abc:d' }))).toEqual({ kind: 'event', id: 'abc:d' });
    expect(parseMentionId('user:1')).toBeNull();
    expect(parseMentionId('goal:')).toBeNull();
    expect(parseMentionId(42)).toBeNull();
  });

  it('[NOTES-3] the picker finds targets by any part of their name, ignoring case and accents', () => {
    expect(findTargets(targets, 'campana').map((t) => t.id)).toEqual(['e1']);
    expect(findTargets(targets, 'LIVE').map((t) => t.id)).toEqual(['m1']);
    expect(findTargets(targets, '').map((t) => t.id)).toEqual(['g1', 'e1', 'm1']);
    expect(findTargets(targets, '', 2)).toHaveLength(2);
  });
});
