import type { ReactNode } from 'react';

/** One part of the plan (targets, months, budgets…): a titled region the in-section links can jump to. */
export function PlanPart({
  id,
  title,
  intro,
  actions,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="plan-part" id={`plan-${id}`} aria-labelledby={`plan-${id}-heading`} data-testid={`plan-${id}`}>
      <header className="subsection-header">
        <div>
          <h2 id={`plan-${id}-heading`}>{title}</h2>
          {intro && <p className="muted">{intro}</p>}
        </div>
        {actions}
      </header>
      {children}
    </section>
  );
}
