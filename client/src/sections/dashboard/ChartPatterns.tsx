/**
 * SVG fills that differ by pattern, not only by colour, so a colour-blind reader can tell bars apart:
 * hit = solid, missed = diagonal hatch, last year = dotted grey.
 */
export const FILLS = {
  hit: 'var(--good)',
  missed: 'url(#balanza-hatch-missed)',
  lastYear: 'url(#balanza-dots-last-year)',
  thisYear: 'var(--accent)',
} as const;

/** The outline of the bar whose point has keyboard focus ([A11Y-10]). */
export const ACTIVE_STROKE = { stroke: 'var(--text)', strokeWidth: 3 } as const;

export function ChartPatterns() {
  return (
    <defs>
      <pattern
        id="balanza-hatch-missed"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#fdecea" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#c0392b" strokeWidth="3" />
      </pattern>
      <pattern
        id="balanza-dots-last-year"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#eef0f3" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#8c959f" strokeWidth="1.5" />
      </pattern>
    </defs>
  );
}
