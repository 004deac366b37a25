import type { FormulaKey } from '@balanza/metrics';
import { CAMPAIGN_FORMULAS, FORMULAS, LEDGER_FORMULAS, type NotComputable } from '@balanza/metrics';
import { areaTexts } from '../../i18n/area.ts';
import { PLAN_FORMULAS_ES, type PlanFormula } from './planFormulas.ts';

type LedgerFormula = keyof typeof LEDGER_FORMULAS;
type CampaignFormula = keyof typeof CAMPAIGN_FORMULAS;

/** Words shared by the goals, ledger and dashboard: figures, their formulas and why one is blank. */
export const useFigureTexts = areaTexts<{
  reasons: Record<NotComputable, string>;
  formulas: Record<FormulaKey, string> & Record<LedgerFormula, string> & Record<CampaignFormula, string>;
  notANumber: (text: string, example: string) => string;
  outOfRange: (bound: 'min' | 'max', limit: string) => string;
  points: string;
  /** The plan's formulas by their English text; a formula missing here is shown as metrics wrote it. */
  planFormulas: Partial<Record<PlanFormula, string>>;
}>(
  {
    reasons: {
      'missing-target': 'Needs a target',
      'missing-actual': 'Needs an actual',
      'missing-value': 'Needs a value',
      'zero-divisor': 'The divisor is zero',
      'invalid-value': 'Not computable',
    },
    formulas: {
      ...FORMULAS,
      ...LEDGER_FORMULAS,
      ...CAMPAIGN_FORMULAS,
    },
    notANumber: (text, example) => `“${text}” is not a number. Type digits, e.g. ${example}. Nothing was saved.`,
    outOfRange: (bound, limit) =>
      `${bound === 'min' ? 'It cannot be below' : 'It cannot be above'} ${limit}. Nothing was saved.`,
    points: 'pp',
    planFormulas: {},
  },
  {
    reasons: {
      'missing-target': 'Falta el objetivo',
      'missing-actual': 'Falta el valor real',
      'missing-value': 'Falta un valor',
      'zero-divisor': 'El divisor es cero',
      'invalid-value': 'No calculable',
    },
    formulas: {
      attainment: 'real ÷ objetivo',
      attainmentLowerIsBetter: 'objetivo ÷ real',
      attainmentNegativeTarget: '1 + (real − objetivo) ÷ |objetivo|',
      attainmentLowerNegative: '1 + (objetivo − real) ÷ |objetivo|',
      deviation: 'real − objetivo',
      deviationPercent: '(real − objetivo) ÷ objetivo',
      deviationPercentNegativeTarget: '(real − objetivo) ÷ |objetivo|',
      yearOverYear: '(este año − año pasado) ÷ año pasado',
      yearOverYearNegativeBase: '(este año − año pasado) ÷ |año pasado|',
      totalInput: 'suma de las entradas',
      totalOutput: 'suma de las salidas',
      operatingProfit: 'facturación − entrada total',
      operatingMargin: 'beneficio operativo ÷ facturación',
      costShare: 'línea ÷ facturación',
      roi: '(salida − entrada) ÷ entrada',
      change: 'este año − año pasado',
      outcomeChange: 'después − antes',
      outcomeChangePercent: '(después − antes) ÷ antes',
      outcomeChangePercentNegativeBase: '(después − antes) ÷ |antes|',
      gmvAttainment: 'GMV real ÷ GMV objetivo',
      roas: 'GMV de la campaña ÷ gasto de la campaña',
      hitRate: 'campañas en objetivo ÷ campañas con objetivo y real',
      totalGmv: 'suma de las campañas',
    },
    notANumber: (text, example) => `«${text}» no es un número. Escriba cifras, p. ej. ${example}. No se guardó nada.`,
    outOfRange: (bound, limit) =>
      `${bound === 'min' ? 'No puede ser menor que' : 'No puede ser mayor que'} ${limit}. No se guardó nada.`,
    points: 'p. p.',
    planFormulas: PLAN_FORMULAS_ES,
  },
);

/** The formula of a figure in the UI language (metrics label figures in English). */
export function formulaIn(texts: ReturnType<typeof useFigureTexts>, formula: string): string {
  const all = { ...FORMULAS, ...LEDGER_FORMULAS, ...CAMPAIGN_FORMULAS } as Record<string, string>;
  const key = Object.keys(all).find((name) => all[name] === formula) as keyof typeof texts.formulas | undefined;
  return key ? texts.formulas[key] : (texts.planFormulas[formula as PlanFormula] ?? formula);
}
