import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';

/** The timeline as bars on the year (Gantt) or as a list of events by month (agenda). */
export const TIMELINE_VIEWS = ['gantt', 'agenda'] as const;
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

const STORAGE_KEY = 'balanza.timeline.view';
/** Where the Gantt stops being readable (as the timeline's phone styles in timeline.css). */
const NARROW = '(max-width: 760px)';
const storedView = z.enum(TIMELINE_VIEWS);

function readStored(): TimelineView | null {
  try {
    const parsed = storedView.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // Storage refused (private mode): the default for the screen applies.
  }
}

const isNarrow = () => window.matchMedia(NARROW).matches;

/**
 * Which view the timeline shows: the one chosen on this device (kept in localStorage), else the agenda
 * on a narrow screen and the Gantt on a wide one, following the screen as it changes.
 */
export function useTimelineView(): [TimelineView, (view: TimelineView) => void] {
  const [stored, setStored] = useState(readStored);
  const [narrow, setNarrow] = useState(isNarrow);
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const onChange = () => setNarrow(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const choose = useCallback((view: TimelineView) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, view);
    } catch {
      // Not kept across visits; still switched for now.
    }
    setStored(view);
  }, []);
  return [stored ?? (narrow ? 'agenda' : 'gantt'), choose];
}
