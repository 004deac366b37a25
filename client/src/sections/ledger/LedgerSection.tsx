import type { LedgerLineMetrics, OutcomeMetrics } from '@balanza/metrics';
import type { LedgerLine, LedgerSide, Outcome } from '@balanza/model';
import { useMemo } from 'react';
import { useActions, useSnapshot } from '../../board/BoardContext.tsx';
import { useDeletedWhileEditing } from '../../board/cells/useDeletedWhileEditing.ts';
import { LedgerTotals } from '../../board/figures/LedgerTotals.tsx';
import { useLedgerTexts } from '../../board/figures/ledgerTexts.ts';
import { MoversList } from '../../board/figures/MoversList.tsx';
import { ImportButton } from '../../board/import/ImportButton.tsx';
import { ReflectionPanel } from '../../board/notes/ReflectionPanel.tsx';
import { SectionHeader } from '../../board/SectionHeader.tsx';
import { useReviewMetrics } from '../../board/useReviewMetrics.ts';
import { PlusIcon } from '../../ui/icons.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { LedgerTable } from './LedgerTable.tsx';
import { OutcomesTable } from './OutcomesTable.tsx';

/** Input and output: the year's costs against its turnover, and the non-money results. */
export function LedgerSection() {
  const actions = useActions();
  const snapshot = useSnapshot();
  const text = useLedgerTexts();
  const toast = useToast();
  const { meta, ledger, outcomes } = snapshot;
  const metrics = useReviewMetrics(snapshot);
  const lineFigures = useMemo(
    () => new Map<string, LedgerLineMetrics>(metrics.ledger.lines.map((line) => [line.id, line])),
    [metrics.ledger.lines],
  );
  const outcomeFigures = useMemo(
    () => new Map<string, OutcomeMetrics>(metrics.outcomes.map((outcome) => [outcome.id, outcome])),
    [metrics.outcomes],
  );
  const sides = useMemo(
    () => ({
      input: ledger.filter((line) => line.side === 'input'),
      output: ledger.filter((line) => line.side === 'output'),
    }),
    [ledger],
  );

  // A line or result a colleague deletes while this person types in it is offered back with what they typed ([LOST-1]).
  const offerRestore = (label: string, restore: () => void) =>
    toast({
      message: text.deletedWhileEditing(label || text.untitled),
      duration: 30_000,
      action: { label: text.restore, run: restore },
    });
  const lineWork = useDeletedWhileEditing(ledger, ({ id, flags: _flags, ...fields }) =>
    offerRestore(fields.label, () => actions.addLedgerLine(fields, { id })),
  );
  const outcomeWork = useDeletedWhileEditing(outcomes, ({ id, flags: _flags, ...fields }) =>
    offerRestore(fields.label, () => actions.addOutcome(fields, { id })),
  );

  const removeLine = (line: LedgerLine) => {
    lineWork.deletedByMe(line.id);
    actions.removeLedgerLine(line.id);
    const { id, flags: _flags, ...fields } = line;
    toast({
      message: text.removed(line.label || text.untitled),
      action: { label: text.undo, run: () => actions.addLedgerLine(fields, { id }) },
    });
  };
  const removeOutcome = (outcome: Outcome) => {
    outcomeWork.deletedByMe(outcome.id);
    actions.removeOutcome(outcome.id);
    const { id, flags: _flags, ...fields } = outcome;
    toast({
      message: text.removed(outcome.label || text.untitled),
      action: { label: text.undo, run: () => actions.addOutcome(fields, { id }) },
    });
  };

  const side = (which: LedgerSide) => (
    <section className="ledger-side" aria-labelledby={`ledger-${which}-heading`}>
      <header className="subsection-header">
        <h2 id={`ledger-${which}-heading`}>{which === 'input' ? text.inputs : text.outputs}</h2>
        <button
          type="button"
          className="button edit-only"
          data-testid={`add-${which}`}
          onClick={() => actions.addLedgerLine({ side: which, category: which === 'input' ? 'custom' : 'turnover' })}
        >
          <PlusIcon />
          <span>{which === 'input' ? text.addInput : text.addOutput}</span>
        </button>
      </header>
      {sides[which].length === 0 ? (
        <p className="empty-state">{which === 'input' ? text.emptyInputs : text.emptyOutputs}</p>
      ) : (
        <LedgerTable side={which} lines={sides[which]} figures={lineFigures} onRemove={removeLine} work={lineWork} />
      )}
    </section>
  );

  return (
    <section className="goals-section ledger-section" aria-labelledby="section-heading">
      <SectionHeader title={text.title} intro={text.intro(meta.reviewedYear)}>
        <div className="section-actions">
          <ImportButton target="ledger" />
        </div>
      </SectionHeader>
      <LedgerTotals totals={metrics.ledger.totals} />
      {side('input')}
      {side('output')}
      <section className="ledger-side" aria-labelledby="movers-heading">
        <h2 id="movers-heading">{text.movers}</h2>
        <MoversList movers={metrics.ledger.movers} />
      </section>
      <section className="ledger-side" aria-labelledby="outcomes-heading">
        <header className="subsection-header">
          <div>
            <h2 id="outcomes-heading">{text.outcomes}</h2>
            <p className="muted">{text.outcomesIntro}</p>
          </div>
          <button
            type="button"
            className="button edit-only"
            data-testid="add-outcome"
            onClick={() => actions.addOutcome({ kind: 'custom' })}
          >
            <PlusIcon />
            <span>{text.addOutcome}</span>
          </button>
        </header>
        {outcomes.length === 0 ? (
          <p className="empty-state">{text.emptyOutcomes}</p>
        ) : (
          <OutcomesTable outcomes={outcomes} figures={outcomeFigures} onRemove={removeOutcome} work={outcomeWork} />
        )}
      </section>
      <ReflectionPanel section="ledger" />
    </section>
  );
}
