import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useLiveBoard } from '../BoardContext.tsx';
import { type Coalescer, coalesce } from './coalesce.ts';

interface AnnouncerValue {
  /** Queues a polite announcement about one item (see coalesce). */
  say: Coalescer['say'];
  changedByOthers: ReturnType<typeof useLiveBoard>['changedByOthers'];
}

const AnnouncerContext = createContext<AnnouncerValue | null>(null);

/** The board page's announcer, or null outside one (the report reads the board but announces nothing). */
export const useAnnouncer = (): AnnouncerValue | null => useContext(AnnouncerContext);

/**
 * The page's one polite live region ([A11Y-13]) and the announcer that fills it, at most once a second
 * ([A11Y-14]). It never takes focus: screen readers read it when they are idle.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const { changedByOthers } = useLiveBoard();
  const [spoken, setSpoken] = useState({ text: '', count: 0 });
  const [coalescer] = useState(() =>
    coalesce((text) => setSpoken((previous) => ({ text, count: previous.count + 1 }))),
  );
  useEffect(() => () => coalescer.stop(), [coalescer]);
  const value = useMemo(() => ({ say: coalescer.say, changedByOthers }), [coalescer, changedByOthers]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
        {/* A new node per announcement, so the same words said again are read again. */}
        {spoken.text && <span key={spoken.count}>{spoken.text}</span>}
      </div>
    </AnnouncerContext.Provider>
  );
}
