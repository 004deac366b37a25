import { SECTIONS, type Section, type SessionState } from '@balanza/model';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { boardPath, navigate } from '../../router/router.ts';
import { useToast } from '../../ui/Toast.tsx';
import { isNewRequest } from './focusRequest.ts';
import { useFacilitationText } from './texts.ts';

const isSection = (value: unknown): value is Section => SECTIONS.includes(value as Section);

type Focus = Pick<SessionState, 'focusSection' | 'focusAt' | 'focusBy'>;

/**
 * Follows "bring everyone here" ([FACIL-3]): each new request (`focusAt`) moves this page to the
 * requested section once, with a notice naming who asked. The request on the board when the page first
 * reads it, and any from before the page opened, are ignored, so a late joiner is never yanked by an
 * old request. Returns `own(at)` for the facilitator to mark a request as theirs (no notice for them).
 */
export function useFollowFocus(boardId: string, focus: Focus | undefined, current: Section): (at: number) => void {
  const { t } = useI18n();
  const text = useFacilitationText();
  const toast = useToast();
  const openedAt = useRef(Date.now());
  const firstSeen = useRef<number | null | undefined>(undefined);
  const followed = useRef<number | null>(null);
  const own = useRef<number | null>(null);
  const { focusAt, focusSection, focusBy } = focus ?? { focusAt: undefined, focusSection: null, focusBy: null };
  useEffect(() => {
    if (focusAt === undefined) return;
    if (firstSeen.current === undefined) firstSeen.current = focusAt;
    const state = { openedAt: openedAt.current, firstSeen: firstSeen.current, followed: followed.current };
    if (!isSection(focusSection) || !isNewRequest(focusAt, state)) return;
    followed.current = focusAt;
    if (own.current === focusAt) return;
    if (focusSection !== current) navigate(boardPath(boardId, focusSection));
    toast({ message: text.brought(focusBy || text.someone, t.sections[focusSection]), duration: 6_000 });
  }, [focusAt, focusSection, focusBy, current, boardId, t, text, toast]);
  return (at) => {
    own.current = at;
  };
}
