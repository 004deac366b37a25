import type { ImportPlan, RowProblem } from '@balanza/import';
import { type ReactNode, useMemo } from 'react';
import { useNumbers, useSnapshot } from '../../board/BoardContext.tsx';
import { useImportProblemText } from './problemTexts.ts';
import { useImportText } from './texts.ts';

/** The most rows of each list the preview draws; the counts above them are always whole. */
const SHOWN = 200;

/** What an import would do: its problems row by row (nothing is applied while there is one), else every change. */
export function ImportPreview({ plan }: { plan: ImportPlan }) {
  const text = useImportText();
  const added = plan.rows.filter((row) => row.change.id === null).length;
  return (
    <section className="import-preview" aria-label={text.preview} data-testid="import-preview">
      <h3>{text.preview}</h3>
      <p data-testid="import-summary">
        {text.summary(plan.rows.length - added, added, plan.unchanged)} {text.blankKeeps}
      </p>
      {plan.problems.length > 0 ? (
        <Problems problems={plan.problems} />
      ) : plan.rows.length === 0 ? (
        <p className="muted">{text.nothingToDo}</p>
      ) : (
        <Changes plan={plan} />
      )}
    </section>
  );
}

function Problems({ problems }: { problems: RowProblem[] }) {
  const text = useImportText();
  const words = useImportProblemText();
  const expected = (problem: RowProblem) => {
    if (problem.code === 'duplicate' && problem.otherRow !== undefined) return words.sameAs(problem.otherRow);
    if (problem.code === 'ambiguous') return `${words.addLane} (${problem.expected})`;
    if (problem.code === 'endBeforeStart') return words.startOnOrBefore;
    return problem.expected;
  };
  return (
    <>
      <p role="alert" className="field-error" data-testid="import-problem-count">
        {text.problems(problems.length)}
      </p>
      <PreviewTable
        testId="import-problems"
        headers={[text.row, text.column, text.value, text.whatIsWrong, text.expected]}
      >
        {problems.slice(0, SHOWN).map((problem) => (
          <tr key={`${problem.row}:${problem.column}:${problem.code}`} data-row={problem.row}>
            <td>{problem.row}</td>
            <td>{problem.letter ? `${problem.letter} · ${problem.column}` : problem.column}</td>
            <td className="import-cell">{problem.value}</td>
            <td>{words.row[problem.code]}</td>
            <td>{expected(problem)}</td>
          </tr>
        ))}
      </PreviewTable>
      {problems.length > SHOWN && <p className="muted">{text.moreRows(problems.length - SHOWN)}</p>}
    </>
  );
}

function Changes({ plan }: { plan: ImportPlan }) {
  const text = useImportText();
  const show = useValueText();
  const lines = plan.rows.flatMap((row) =>
    row.fields.map((field, index) => ({ row, field, first: index === 0, count: row.fields.length })),
  );
  return (
    <>
      <PreviewTable testId="import-changes" headers={[text.row, text.record, text.field, text.before, text.after]}>
        {lines.slice(0, SHOWN).map(({ row, field, first, count }) => (
          <tr key={`${row.row}:${field.field}`} data-row={row.row}>
            {first && (
              <>
                <td rowSpan={count}>{row.row}</td>
                <td rowSpan={count}>
                  {row.name}
                  {row.change.id === null && <span className="import-new"> ({text.isNew})</span>}
                </td>
              </>
            )}
            <td>{text.fields[field.field as keyof typeof text.fields] ?? field.field}</td>
            <td className="import-cell">{show(field.field, field.before)}</td>
            <td className="import-cell">{show(field.field, field.after)}</td>
          </tr>
        ))}
      </PreviewTable>
      {lines.length > SHOWN && <p className="muted">{text.moreRows(lines.length - SHOWN)}</p>}
    </>
  );
}

const MONEY_FIELDS = new Set(['amount', 'targetGmv', 'actualGmv', 'spend']);
/** A preview list: a table scrolling inside the dialog, its header row kept in sight. */
function PreviewTable({ testId, headers, children }: { testId: string; headers: string[]; children: ReactNode }) {
  return (
    <div className="import-table-scroll">
      <table className="import-table" data-testid={testId}>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A value as the board shows it: numbers in its locale, a lane by its name, nothing as a dash. */
function useValueText() {
  const numbers = useNumbers();
  const lanes = useSnapshot().lanes;
  // One formatter for the whole preview, not one per cell.
  const plain = useMemo(() => new Intl.NumberFormat(numbers.locale, { maximumFractionDigits: 4 }), [numbers.locale]);
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (field === 'laneId') return lanes.find((lane) => lane.id === value)?.label ?? String(value);
    if (typeof value === 'number') return MONEY_FIELDS.has(field) ? numbers.value('money', value) : plain.format(value);
    return String(value);
  };
}
