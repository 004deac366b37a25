import type { LedgerLineMetrics } from '@balanza/metrics';
import { useNumbers } from '../BoardContext.tsx';
import { useLedgerTexts } from './ledgerTexts.ts';

/**
 * The lines that moved most against last year: an arrow, the amount, the percentage and whether it helps the
 * year in a word (better / worse), never colour alone ([A11Y-12]).
 */
export function MoversList({ movers }: { movers: LedgerLineMetrics[] }) {
  const numbers = useNumbers();
  const text = useLedgerTexts();
  if (movers.length === 0) return <p className="muted">{text.moversEmpty}</p>;
  return (
    <ol className="movers" data-testid="movers">
      {movers.map((line) => {
        const up = (line.change.value ?? 0) > 0;
        // More cost is bad, more turnover is good.
        const good = up === (line.side === 'output');
        return (
          <li key={line.id} className={good ? 'tone-good' : 'tone-bad'}>
            <span className="mover-arrow" aria-hidden="true">
              {up ? '▲' : '▼'}
            </span>
            <span className="mover-label">{line.label || text.categories[line.category]}</span>
            <span className="mover-value">{numbers.difference('money', line.change.value ?? 0, '')}</span>
            <span className="mover-percent">
              {line.yearOverYear.ok ? numbers.signedRatio(line.yearOverYear.value) : ''}
            </span>
            <span className="mover-verdict">{good ? text.moverBetter : text.moverWorse}</span>
          </li>
        );
      })}
    </ol>
  );
}
