import type { TimelineEvent } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { LABEL_CHROME, LABEL_GAP, type LabelledPlacement, layoutLane } from './labels.ts';
import { dayOf, windowOf } from './timeScale.ts';

const event = (id: string, start: string, end: string, title = id): TimelineEvent => ({
  id,
  laneId: 'c',
  title,
  campaign: '',
  start,
  end,
  targetGmv: null,
  actualGmv: null,
  spend: null,
  verdict: 'unjudged',
  tags: [],
});
const year = windowOf(2026, 'year', 0);
/** 365 px for the year: one pixel a day; a character is 7 px wide. */
const measures = (trackPx = 365) => ({
  trackPx,
  textWidth: (text: string) => text.length * 7,
  titleOf: (e: TimelineEvent) => e.title,
  figuresOf: () => '',
  badgesOf: () => 0,
});
/** The pixels an event's bar and title take on its row (as layoutLane reserves them). */
const extent = (p: LabelledPlacement, trackPx = 365) => {
  const from = p.start - year.start;
  const to = p.start === p.end ? from + 12 : p.end + 1 - year.start;
  const beside = p.event.title.length * 7 + LABEL_CHROME + LABEL_GAP;
  return [
    p.label === 'before' ? from - beside - 12 : from - 6,
    p.label === 'after' ? to + beside : Math.min(to, trackPx),
  ];
};

describe('titles beside narrow bars', () => {
  it('[A11Y-3] a title that fits stays in its bar; a narrower bar has it beside, and rows never overlap', () => {
    const events = [
      event('wide', '2026-01-01', '2026-03-31', 'Spring'),
      event('narrow', '2026-03-01', '2026-03-08', "Queen's Day (3.8)"),
      event('point', '2026-05-20', '2026-05-20', '520'),
      event('next', '2026-05-25', '2026-06-18', '618 mid-year festival'),
    ];
    const { placements, rows } = layoutLane(events, year, measures());
    const by = new Map(placements.map((p) => [p.event.id, p]));
    expect(by.get('wide')?.label).toBe('inside');
    expect(by.get('narrow')?.label).toBe('after');
    expect(by.get('point')?.label).toBe('after');
    for (const a of placements)
      for (const b of placements) {
        if (a === b || a.row !== b.row) continue;
        const [aFrom, aTo] = extent(a) as [number, number];
        const [bFrom, bTo] = extent(b) as [number, number];
        expect(aTo <= bFrom || bTo <= aFrom, `${a.event.id} and ${b.event.id} share row ${a.row}`).toBe(true);
      }
    expect(rows).toBe(Math.max(...placements.map((p) => p.row)) + 1);
  });

  it('[A11Y-3] at the right edge the title goes before the bar; unmeasured, every title stays inside', () => {
    const christmas = event('xmas', '2026-12-18', '2026-12-25', 'Christmas');
    expect(layoutLane([christmas], year, measures()).placements[0]?.label).toBe('before');
    expect(layoutLane([christmas], year, measures(0)).placements[0]?.label).toBe('inside');
    expect(dayOf(christmas.end)).toBeLessThan(year.end);
  });

  it('[A11Y-3] figures are shown only when they fit whole beside the title', () => {
    const wide = event('wide', '2026-01-01', '2026-12-31', 'Spring');
    const withFigures = (figures: string) => ({ ...measures(), figuresOf: () => figures });
    expect(layoutLane([wide], year, withFigures('78.9% · ROAS 5.5×')).placements[0]?.figures).toBe(true);
    expect(layoutLane([wide], year, withFigures('x'.repeat(60))).placements[0]?.figures).toBe(false);
  });
});
