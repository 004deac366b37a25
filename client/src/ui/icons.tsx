import type { ReactNode } from 'react';

/** Small inline icons (16 px, currentColor) so status never relies on colour alone. */
interface IconProps {
  size?: number;
}
const svg = (size: number, children: ReactNode) => (
  <svg
    width={size}
    height={size}
    viewBox="0 0 16 16"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.8"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    {children}
  </svg>
);

export const CheckIcon = ({ size = 14 }: IconProps) => svg(size, <path d="M3 8.5l3.2 3L13 4.5" />);
export const CrossIcon = ({ size = 14 }: IconProps) => svg(size, <path d="M4 4l8 8M12 4l-8 8" />);
export const DashIcon = ({ size = 14 }: IconProps) => svg(size, <circle cx="8" cy="8" r="5" strokeDasharray="2.5 2" />);
export const GripIcon = ({ size = 14 }: IconProps) =>
  svg(
    size,
    <>
      <circle cx="6" cy="4" r="0.6" />
      <circle cx="10" cy="4" r="0.6" />
      <circle cx="6" cy="8" r="0.6" />
      <circle cx="10" cy="8" r="0.6" />
      <circle cx="6" cy="12" r="0.6" />
      <circle cx="10" cy="12" r="0.6" />
    </>,
  );
export const TrashIcon = ({ size = 14 }: IconProps) =>
  svg(size, <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5" />);
export const PlusIcon = ({ size = 14 }: IconProps) => svg(size, <path d="M8 3v10M3 8h10" />);
export const UndoIcon = ({ size = 14 }: IconProps) =>
  svg(size, <path d="M5.5 3.5L2.5 6.5l3 3M2.5 6.5h7a3.5 3.5 0 010 7H7" />);
export const RedoIcon = ({ size = 14 }: IconProps) =>
  svg(size, <path d="M10.5 3.5l3 3-3 3M13.5 6.5h-7a3.5 3.5 0 000 7H9" />);
export const WarningIcon = ({ size = 12 }: IconProps) => svg(size, <path d="M8 2.5l6 11H2zM8 7v3M8 12v.01" />);
export const MenuIcon = ({ size = 14 }: IconProps) => svg(size, <path d="M2.5 4h11M2.5 8h11M2.5 12h11" />);
export const BackIcon = ({ size = 14 }: IconProps) => svg(size, <path d="M10 3L5 8l5 5" />);
export const LockIcon = ({ size = 14 }: IconProps) =>
  svg(
    size,
    <>
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 015 0v2" />
    </>,
  );
export const UnlockIcon = ({ size = 14 }: IconProps) =>
  svg(
    size,
    <>
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 014.8-1" />
    </>,
  );
export const ClockIcon = ({ size = 14 }: IconProps) =>
  svg(
    size,
    <>
      <circle cx="8" cy="8.5" r="5.5" />
      <path d="M8 5.5v3l2 1.5M6.5 1.5h3" />
    </>,
  );
export const GatherIcon = ({ size = 14 }: IconProps) =>
  svg(
    size,
    <>
      <circle cx="8" cy="8" r="2" />
      <path d="M8 1.5v2.5M8 12v2.5M1.5 8H4M12 8h2.5" />
    </>,
  );
export const LinkIcon = ({ size = 14 }: IconProps) =>
  svg(size, <path d="M6.5 9.5l3-3M7 4.5l1-1a2.8 2.8 0 014 4l-1 1M9 11.5l-1 1a2.8 2.8 0 01-4-4l1-1" />);
export const TaskIcon = ({ size = 14 }: IconProps) =>
  svg(
    size,
    <>
      <rect x="2.5" y="2.5" width="11" height="11" rx="2" />
      <path d="M5 8l2 2 4-4" />
    </>,
  );
/** Three lines, the first numbered: drawn, as a typed "1." would be read as the button's visible name. */
export const NumberedListIcon = ({ size = 14 }: IconProps) =>
  svg(
    size,
    <>
      <path d="M7 4h7M7 8h7M7 12h7" />
      <path d="M2.5 3l1-.5v3.5" strokeWidth="1.3" />
    </>,
  );
