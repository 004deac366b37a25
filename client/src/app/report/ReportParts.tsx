import type { Figure } from '@balanza/metrics';
import type { ReactNode } from 'react';
import { formulaIn, useFigureTexts } from '../../board/cells/texts.ts';
import type { Chapter } from './texts.ts';
import { useReportText } from './texts.ts';

export const chapterId = (chapter: Chapter) => `report-${chapter}`;

/** One chapter of the report: a titled section (each starts a printed page), found by its id from the contents. */
export function ReportChapter({ chapter, title, children }: { chapter: Chapter; title: string; children: ReactNode }) {
  const id = chapterId(chapter);
  return (
    <section className="report-chapter" id={id} aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The formulas of a chapter's figures, written out (a printed page has no hover): one line per figure
 * name and formula, each distinct pair once, in the reader's language.
 */
export function FormulaList({ figures }: { figures: ReadonlyArray<readonly [name: string, figure: Figure]> }) {
  const text = useReportText();
  const figureTexts = useFigureTexts();
  const lines = [...new Set(figures.map(([name, figure]) => `${name} = ${formulaIn(figureTexts, figure.formula)}`))];
  if (lines.length === 0) return null;
  return (
    <div className="report-formulas" data-testid="report-formulas">
      <h3>{text.formulas}</h3>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** A stored number in a table cell, with its column name for the stacked phone layout; blank is a dash. */
export function ValueCell({
  label,
  value,
  format,
}: {
  label: string;
  value: number | null;
  format: (n: number) => string;
}) {
  return (
    <td className="numeric" data-label={label}>
      {value === null ? '—' : format(value)}
    </td>
  );
}

export const EmptyNote = ({ children }: { children: ReactNode }) => <p className="muted report-empty">{children}</p>;
