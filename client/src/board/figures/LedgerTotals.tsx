import type { Figure, LedgerTotals as Totals } from '@balanza/metrics';
import { useRef } from 'react';
import { useNumbers } from '../BoardContext.tsx';
import { NotComputableMark } from '../cells/FigureCell.tsx';
import { useFittedFigure } from '../cells/FittedText.tsx';
import { formulaIn, useFigureTexts } from '../cells/texts.ts';
import { useLedgerTexts } from './ledgerTexts.ts';

/** The ledger's key figures in a row of tiles, each with its formula one hover away. */
export function LedgerTotals({ totals }: { totals: Totals }) {
  const numbers = useNumbers();
  const text = useLedgerTexts();
  const money = (value: number) => numbers.value('money', value);
  const short = (value: number) => numbers.compact('money', value);
  const { counts } = totals;
  return (
    <dl className="kpi-strip" data-testid="ledger-totals">
      <KpiTile
        name={text.totals.input}
        figure={totals.input}
        format={money}
        short={short}
        testId="total-input"
        note={`${text.totals.filled(counts.input.filled, counts.input.lines)}${
          totals.inputLastYear.ok ? ` · ${text.totals.lastYear(money(totals.inputLastYear.value))}` : ''
        }`}
      />
      <KpiTile
        name={text.totals.output}
        figure={totals.output}
        format={money}
        short={short}
        testId="total-output"
        note={totals.outputLastYear.ok ? text.totals.lastYear(money(totals.outputLastYear.value)) : undefined}
      />
      <KpiTile
        name={text.totals.profit}
        figure={totals.operatingProfit}
        format={money}
        short={short}
        testId="operating-profit"
        note={
          totals.operatingProfitLastYear.ok
            ? text.totals.lastYear(money(totals.operatingProfitLastYear.value))
            : undefined
        }
      />
      <KpiTile
        name={text.totals.margin}
        figure={totals.operatingMargin}
        format={numbers.ratio}
        testId="operating-margin"
      />
      <KpiTile name={text.totals.roi} figure={totals.roi} format={numbers.ratio} testId="roi" />
    </dl>
  );
}

export function KpiTile(props: {
  name: string;
  figure: Figure;
  format: (value: number) => string;
  /** A shorter form (`¥12.0M`) for a tile too narrow for `format`'s: the figure is never cut. */
  short?: (value: number) => string;
  testId: string;
  note?: string;
}) {
  const { name, figure, format, short, testId, note } = props;
  const figureTexts = useFigureTexts();
  const box = useRef<HTMLElement>(null);
  const shown = useFittedFigure(box, figure.ok ? figure.value : null, format, short);
  const formula = `${name} = ${formulaIn(figureTexts, figure.formula)}`;
  return (
    <div className="kpi" title={figure.ok ? formula : `${formula}\n${figureTexts.reasons[figure.reason]}`}>
      <dt>{name}</dt>
      <dd ref={box} className={`kpi-value${figure.ok && figure.value < 0 ? ' tone-bad' : ''}`} data-testid={testId}>
        {figure.ok ? shown : <NotComputableMark reason={figureTexts.reasons[figure.reason]} />}
      </dd>
      {note && <dd className="kpi-note">{note}</dd>}
    </div>
  );
}
