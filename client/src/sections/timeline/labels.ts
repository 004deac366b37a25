import type { TimelineEvent } from '@balanza/model';
import { dayOf, type TimeWindow } from './timeScale.ts';

/** Where an event's title is drawn: inside its bar, or beside it when the bar is too narrow for it. */
export type LabelSide = 'inside' | 'after' | 'before';

/** One event of a lane laid out in pixels: its days, its row, and where its title and figures go. */
export interface LabelledPlacement {
  event: TimelineEvent;
  /** First and (inclusive) last day, as in stacking.ts. */
  start: number;
  end: number;
  row: number;
  label: LabelSide;
  /** The bar also shows its figures (only when they fit whole: a figure is never cut). */
  figures: boolean;
}

/** What a bar needs around its text: resize handles, the verdict icon, gaps (px; see timeline.css). */
export const BAR_CHROME = 30;
/** Between a bar and the title beside it, and between neighbours on a row (px). */
export const LABEL_GAP = 6;
/** Room a title beside a bar takes besides its text: its margin from the bar, and a pixel to spare. */
export const LABEL_CHROME = 6;

export interface LaneMeasures {
  /** Width of the lane's track in px (0 when not laid out yet: every title stays inside its bar). */
  trackPx: number;
  /** Width in px of a title or of a bar's figures as drawn on a bar. */
  textWidth(text: string): number;
  titleOf(event: TimelineEvent): string;
  /** The figures a bar would show, as one text ('' for none). */
  figuresOf(event: TimelineEvent): string;
  /** Room the bar's badges take (open comments, the dots of people who have it open), px. */
  badgesOf(event: TimelineEvent): number;
}

/**
 * Lays out a lane's events so every title is readable whole: a bar wide enough holds its title (and
 * its figures if they fit too); a narrower bar, or a one-day point, has its title beside it — after it,
 * or before it at the window's right edge. Events are stacked greedily by where they start, each on
 * the first row where its bar and title (plus a gap) clear the previous ones, so no two titles or bars
 * overlap. Deterministic (start, then id), so every peer stacks alike.
 */
export function layoutLane(
  events: TimelineEvent[],
  window: TimeWindow,
  measures: LaneMeasures,
): { placements: LabelledPlacement[]; rows: number } {
  const { trackPx, textWidth, titleOf, figuresOf, badgesOf } = measures;
  const days = window.end - window.start;
  const dayPx = trackPx / days;
  const pxOf = (day: number) => Math.min(trackPx, Math.max(0, (day - window.start) * dayPx));
  const laid = events
    .map((event) => {
      const start = dayOf(event.start);
      const end = Math.max(start, dayOf(event.end));
      const point = start === end;
      const from = pxOf(start);
      // A point's diamond reaches 6 px either side of its day, and its label keeps clear of it.
      const lead = point ? 6 + Math.max(0, 6 - dayPx) : 0;
      const to = point ? from + Math.max(dayPx, 6) + 6 : pxOf(end + 1);
      const title = textWidth(titleOf(event));
      const badges = badgesOf(event);
      const figures = figuresOf(event);
      const inside = trackPx === 0 || (!point && to - from >= title + badges + BAR_CHROME);
      const besideWidth = title + LABEL_CHROME + LABEL_GAP;
      // After the bar unless that runs past the right edge and there is more room before it.
      const label: LabelSide = inside
        ? 'inside'
        : to + besideWidth <= trackPx || trackPx - to >= from
          ? 'after'
          : 'before';
      const left = label === 'before' ? from - lead - besideWidth : from - (point ? 6 : 0);
      const right = label === 'after' ? to + besideWidth : to;
      const showFigures =
        label === 'inside' &&
        figures !== '' &&
        to - from >= title + badges + BAR_CHROME + LABEL_GAP + textWidth(figures);
      return { event, start, end, left, right, label, figures: showFigures, row: 0 };
    })
    .sort((a, b) => a.left - b.left || a.start - b.start || (a.event.id < b.event.id ? -1 : 1));
  const rowEnds: number[] = [];
  for (const item of laid) {
    let row = rowEnds.findIndex((end) => end + LABEL_GAP <= item.left);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = item.right;
    item.row = row;
  }
  const placements = laid.map(({ event, start, end, row, label, figures }) => ({
    event,
    start,
    end,
    row,
    label,
    figures,
  }));
  return { placements, rows: Math.max(1, rowEnds.length) };
}
