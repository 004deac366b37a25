import type { ReactNode } from 'react';

/** The session bar's icons, drawn like client/src/ui/icons.tsx (16 px grid, currentColor, hidden from AT). */
const svg = (children: ReactNode, size = 14) => (
  <svg
    width={size}
    height={size}
    viewBox="0 0 16 16"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.6"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    {children}
  </svg>
);

export const ClockIcon = () =>
  svg(
    <>
      <circle cx="8" cy="8.5" r="5.5" />
      <path d="M8 5.5v3l2 1.5M6.5 1.5h3" />
    </>,
  );
export const LockIcon = () =>
  svg(
    <>
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 015 0v2" />
    </>,
  );
export const UnlockIcon = () =>
  svg(
    <>
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 014.8-1" />
    </>,
  );
export const GatherIcon = () =>
  svg(
    <>
      <circle cx="8" cy="8" r="2" />
      <path d="M8 1.5v2.5M8 12v2.5M1.5 8H4M12 8h2.5" />
    </>,
  );
