import { useEffect, useState } from 'react';
import { useDeviceChoice } from '../../ui/useDeviceChoice.ts';

/** The timeline as bars on the year (Gantt) or as a list of events by month (agenda). */
export const TIMELINE_VIEWS = ['gantt', 'agenda'] as const;
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

/** Where the Gantt stops being readable (as the timeline's phone styles in timeline.css). */
const NARROW = '(max-width: 760px)';
const isNarrow = () => window.matchMedia(NARROW).matches;

/**
 * Which view the timeline shows: the one chosen on this device, else the agenda on a narrow screen and
 * the Gantt on a wide one, following the screen as it changes.
 */
export function useTimelineView(): [TimelineView, (view: TimelineView) => void] {
  const [narrow, setNarrow] = useState(isNarrow);
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const onChange = () => setNarrow(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return useDeviceChoice('balanza.timeline.view', TIMELINE_VIEWS, narrow ? 'agenda' : 'gantt');
}
