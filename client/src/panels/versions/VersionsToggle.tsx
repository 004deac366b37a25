import { useRef } from 'react';
import { commentsDrawer } from '../../board/comments/drawerState.ts';
import { useVersionsPanelOpen, versionsPanel } from './panelState.ts';
import { useVersionText } from './texts.ts';
import { VersionsPanel } from './VersionsPanel.tsx';

/** The top bar's Versions button, and the panel it opens beside the live board. */
export function VersionsToggle() {
  const text = useVersionText();
  const open = useVersionsPanelOpen();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    versionsPanel.set(false);
    // Back where the panel was opened from, so keyboard users do not land at the top of the page.
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className={`button button-small versions-toggle${open ? ' is-open' : ''}`}
        aria-pressed={open}
        aria-expanded={open}
        data-testid="versions-toggle"
        onClick={() => {
          // One drawer on the right at a time: the version view needs the room.
          if (!open) commentsDrawer.set(false);
          versionsPanel.set(!open);
        }}
      >
        <ClockIcon />
        <span>{text.toggle}</span>
      </button>
      {open && <VersionsPanel onClose={close} />}
    </>
  );
}

const ClockIcon = () => (
  <svg
    width={14}
    height={14}
    viewBox="0 0 16 16"
    fill="none"
    stroke="currentColor"
    strokeWidth={1.5}
    aria-hidden="true"
  >
    <circle cx="8" cy="8" r="6" />
    <path d="M8 4.5V8l2.5 1.5" />
  </svg>
);
