import type { Measure } from '@balanza/model';
import { useCallback, useEffect, useRef } from 'react';

const RELEASE_AFTER_MS = 5_000;

/**
 * Notices a card that disappears (deleted by someone else) while this person is working on it, and
 * hands back what they saw and typed so it can be restored: a concurrent delete wins in Yjs, so
 * without this their edit would be silently lost. Cards this person deletes are ignored.
 */
export function useDeletedWhileEditing(measures: Measure[], onLost: (card: Measure) => void) {
  const working = useRef(new Map<string, { card: Measure; draft: string | null; touchedAt: number }>());
  const ownDeletes = useRef(new Set<string>());
  const lostRef = useRef(onLost);
  lostRef.current = onLost;
  const measuresRef = useRef(measures);
  measuresRef.current = measures;

  useEffect(() => {
    const present = new Map(measures.map((card) => [card.id, card]));
    for (const [id, entry] of working.current) {
      const now = present.get(id);
      if (now) {
        entry.card = now;
        continue;
      }
      working.current.delete(id);
      if (ownDeletes.current.delete(id)) continue;
      lostRef.current({ ...entry.card, text: entry.draft ?? entry.card.text });
    }
  }, [measures]);

  /** This person is working on a card (focused it, typed: `draft` is their unsaved text, null once stored). */
  const touch = useCallback((id: string, draft?: string | null) => {
    const card = measuresRef.current.find((candidate) => candidate.id === id);
    const entry = working.current.get(id) ?? (card ? { card, draft: null, touchedAt: 0 } : undefined);
    if (!entry) return;
    if (draft !== undefined) entry.draft = draft;
    entry.touchedAt = Date.now();
    working.current.set(id, entry);
  }, []);
  /** This person left the card: stop watching it once a delete sent meanwhile has had time to arrive. */
  const release = useCallback((id: string) => {
    setTimeout(() => {
      const entry = working.current.get(id);
      if (entry && entry.draft === null && Date.now() - entry.touchedAt >= RELEASE_AFTER_MS) working.current.delete(id);
    }, RELEASE_AFTER_MS);
  }, []);
  /** This person deleted it: no "restore" offer (they get an Undo toast instead). */
  const deletedByMe = useCallback((id: string) => ownDeletes.current.add(id), []);
  return { touch, release, deletedByMe };
}
