import type { HTMLAttributes, ReactNode } from 'react';
import { CrossIcon } from './icons.tsx';

interface SidePanelProps extends HTMLAttributes<HTMLElement> {
  /** The heading, named by the panel (its element gets `headingId`). */
  heading: ReactNode;
  headingId: string;
  /** Shown before the heading (e.g. a verdict mark). */
  icon?: ReactNode;
  closeLabel: string;
  closeTestId?: string;
  onClose(): void;
}

/**
 * The panel beside a board section that shows one record (an event, a measure card): a heading with a
 * close button, then the record's own content. Other attributes (class, test id, data-…) go on the panel.
 */
export function SidePanel({
  heading,
  headingId,
  icon,
  closeLabel,
  closeTestId,
  onClose,
  className,
  children,
  ...rest
}: SidePanelProps) {
  return (
    <aside {...rest} className={`side-panel ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="side-panel-head">
        {icon}
        <h2 id={headingId}>{heading}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={closeLabel}
          onClick={onClose}
          data-testid={closeTestId}
        >
          <CrossIcon />
        </button>
      </header>
      {children}
    </aside>
  );
}
