import type { ReactNode } from 'react';

/**
 * The top of a section: its title (the `section-heading` the section's landmark is labelled by), a line
 * saying what it is for, and its main actions on the right.
 */
export function SectionHeader({
  title,
  intro,
  children,
}: {
  title: ReactNode;
  intro: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="section-header">
      <div>
        <h1 id="section-heading">{title}</h1>
        <p className="muted">{intro}</p>
      </div>
      {children}
    </header>
  );
}
