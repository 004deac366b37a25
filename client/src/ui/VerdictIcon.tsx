import type { Verdict } from '@balanza/model';

/** Verdict shapes, so highlight and shortfall read without colour: ▲ up, ▼ down, ● neutral, ○ unjudged. */
export function VerdictIcon({ verdict, size = 10 }: { verdict: Verdict; size?: number }) {
  const shape =
    verdict === 'highlight' ? (
      <path d="M5 1l4 8H1z" fill="currentColor" />
    ) : verdict === 'shortfall' ? (
      <path d="M1 1h8L5 9z" fill="currentColor" />
    ) : verdict === 'neutral' ? (
      <circle cx="5" cy="5" r="3.5" fill="currentColor" />
    ) : (
      <circle cx="5" cy="5" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    );
  return (
    <svg width={size} height={size} viewBox="0 0 10 10" aria-hidden="true" focusable="false" className="verdict-icon">
      {shape}
    </svg>
  );
}
