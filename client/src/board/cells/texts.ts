import type { FormulaKey } from '@balanza/metrics';
import { CAMPAIGN_FORMULAS, FORMULAS, LEDGER_FORMULAS, type NotComputable } from '@balanza/metrics';
import { areaTexts } from '../../i18n/area.ts';
import { PLAN_FORMULAS_EN, PLAN_FORMULAS_ES, type PlanFormula } from './planFormulas.ts';
import { PLAN_FORMULAS_ZH } from './planFormulasZh.ts';

type LedgerFormula = keyof typeof LEDGER_FORMULAS;
type CampaignFormula = keyof typeof CAMPAIGN_FORMULAS;

/** Words shared by the goals, ledger and dashboard: figures, their formulas and why one is blank. */
export const useFigureTexts = areaTexts<{
  reasons: Record<NotComputable, string>;
  formulas: Record<FormulaKey, string> & Record<LedgerFormula, string> & Record<CampaignFormula, string>;
  notANumber: (text: string, example: string) => string;
  outOfRange: (bound: 'min' | 'max', limit: string) => string;
  points: string;
  /** The plan's formulas by their English text (English: metrics' own). */
  planFormulas: Record<PlanFormula, string>;
}>({
  en: {
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
    planFormulas: PLAN_FORMULAS_EN,
  },
  es: {
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
  'zh-CN': {
    reasons: {
      'missing-target': '缺少目标值',
      'missing-actual': '缺少实际值',
      'missing-value': '缺少数值',
      'zero-divisor': '除数为零',
      'invalid-value': '无法计算',
    },
    formulas: {
      attainment: '实际 ÷ 目标',
      attainmentLowerIsBetter: '目标 ÷ 实际',
      attainmentNegativeTarget: '1 + (实际 − 目标) ÷ |目标|',
      attainmentLowerNegative: '1 + (目标 − 实际) ÷ |目标|',
      deviation: '实际 − 目标',
      deviationPercent: '(实际 − 目标) ÷ 目标',
      deviationPercentNegativeTarget: '(实际 − 目标) ÷ |目标|',
      yearOverYear: '(今年 − 去年) ÷ 去年',
      yearOverYearNegativeBase: '(今年 − 去年) ÷ |去年|',
      totalInput: '各项投入之和',
      totalOutput: '各项产出之和',
      operatingProfit: '营业额 − 总投入',
      operatingMargin: '营业利润 ÷ 营业额',
      costShare: '该项 ÷ 营业额',
      roi: '(产出 − 投入) ÷ 投入',
      change: '今年 − 去年',
      outcomeChange: '之后 − 之前',
      outcomeChangePercent: '(之后 − 之前) ÷ 之前',
      outcomeChangePercentNegativeBase: '(之后 − 之前) ÷ |之前|',
      gmvAttainment: '实际 GMV ÷ 目标 GMV',
      roas: '活动 GMV ÷ 活动花费',
      hitRate: '达成目标的活动 ÷ 有目标和实际值的活动',
      totalGmv: '各活动之和',
    },
    notANumber: (text, example) => `“${text}”不是数字。请输入数字，例如 ${example}。未保存任何内容。`,
    outOfRange: (bound, limit) => `${bound === 'min' ? '不能小于' : '不能大于'} ${limit}。未保存任何内容。`,
    points: '个百分点',
    planFormulas: PLAN_FORMULAS_ZH,
  },
});

/** The formula of a figure in the UI language (metrics label figures in English). */
export function formulaIn(texts: ReturnType<typeof useFigureTexts>, formula: string): string {
  const all = { ...FORMULAS, ...LEDGER_FORMULAS, ...CAMPAIGN_FORMULAS } as Record<string, string>;
  const key = Object.keys(all).find((name) => all[name] === formula) as keyof typeof texts.formulas | undefined;
  return key ? texts.formulas[key] : (texts.planFormulas[formula as PlanFormula] ?? formula);
}
