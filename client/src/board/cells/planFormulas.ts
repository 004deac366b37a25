import {
  MONTH_FORMULAS,
  PLAN_FORMULAS,
  PROFILE_FORMULAS,
  SCENARIO_FORMULAS,
  TARGET_FORMULAS,
  TRACKING_FORMULAS,
} from '@balanza/metrics';

const ALL = [PLAN_FORMULAS, TARGET_FORMULAS, MONTH_FORMULAS, PROFILE_FORMULAS, SCENARIO_FORMULAS, TRACKING_FORMULAS];
type Values<T> = T[keyof T];
/** Every formula the plan's figures are labelled with (metrics label them in English). */
export type PlanFormula = Values<(typeof ALL)[number]>;

/** The plan's formulas in English: metrics' own text (the key-walk test compares the other languages with it). */
export const PLAN_FORMULAS_EN = Object.fromEntries(
  ALL.flatMap((formulas) => Object.values(formulas)).map((formula) => [formula, formula]),
) as Record<PlanFormula, string>;

/** The plan's formulas in Spanish, keyed by their English text: a formula added in metrics and missing here fails the type check. */
export const PLAN_FORMULAS_ES: Record<PlanFormula, string> = {
  [PLAN_FORMULAS.turnoverFromSales]: 'el objetivo de la meta de ventas',
  [PLAN_FORMULAS.turnoverFromLedger]: 'facturación del año pasado × (1 + crecimiento)',
  [PLAN_FORMULAS.turnoverLastYear]: 'suma de las salidas del año pasado',
  [PLAN_FORMULAS.budgetRatio]: 'facturación prevista ÷ facturación del año pasado',
  [PLAN_FORMULAS.suggestedBudget]:
    'peso del coste el año pasado × facturación prevista = línea del año pasado ÷ facturación del año pasado × facturación prevista',
  [PLAN_FORMULAS.categoryBudget]:
    'presupuestos fijados + peso del coste el año pasado × facturación prevista para las líneas sin presupuesto',
  [PLAN_FORMULAS.totalInput]: 'suma de los presupuestos de entrada',
  [PLAN_FORMULAS.operatingProfit]: 'facturación prevista − entrada total',
  [PLAN_FORMULAS.operatingMargin]: 'beneficio operativo ÷ facturación prevista',
  [PLAN_FORMULAS.roi]: '(facturación prevista − entrada total) ÷ entrada total',
  [PLAN_FORMULAS.plannedGmv]: 'suma del GMV previsto de las campañas',
  [PLAN_FORMULAS.campaignBudget]:
    'suma de los presupuestos de las campañas (el gasto del año pasado si está en blanco)',
  [PLAN_FORMULAS.lastYearRoas]: 'GMV de campañas del año pasado ÷ gasto de campañas del año pasado',
  [PLAN_FORMULAS.plannedRoas]: 'GMV previsto ÷ presupuesto',
  [PLAN_FORMULAS.shareLastYear]: 'línea del año pasado ÷ facturación del año pasado',
  [PLAN_FORMULAS.budgetChange]: '(presupuesto − año pasado) ÷ año pasado',
  [PLAN_FORMULAS.budgetSet]: 'presupuesto fijado',
  [PLAN_FORMULAS.scenarioBudget]: 'presupuesto del escenario',
  [TARGET_FORMULAS.higher]: 'año pasado × (1 + crecimiento)',
  [TARGET_FORMULAS.lower]: 'año pasado × (1 − crecimiento)',
  [TARGET_FORMULAS.higherNegative]: 'año pasado + crecimiento × |año pasado|',
  [TARGET_FORMULAS.lowerNegative]: 'año pasado − crecimiento × |año pasado|',
  [TARGET_FORMULAS.flat]: 'año pasado (una tasa o puntuación solo sigue su propio crecimiento)',
  [TARGET_FORMULAS.set]: 'objetivo fijado para el año',
  [TARGET_FORMULAS.months]: 'suma de los meses',
  [TARGET_FORMULAS.goalGrowth]: 'el crecimiento propio de la meta',
  [TARGET_FORMULAS.boardGrowth]: 'el crecimiento del tablero',
  [MONTH_FORMULAS.derived]:
    'total del año × peso del mes en la estacionalidad (mayor resto, en los pasos de la unidad)',
  [MONTH_FORMULAS.mixed]:
    'meses guardados; los demás se reparten (total del año − meses guardados) según la estacionalidad',
  [MONTH_FORMULAS.stored]: 'meses guardados',
  [PROFILE_FORMULAS.ledger]: 'peso del mes = salidas del mes el año pasado ÷ salidas mensuales del año pasado',
  [PROFILE_FORMULAS.campaigns]:
    'peso del mes = ((facturación del año pasado − GMV de campañas) ÷ 12 + GMV de campañas del mes) ÷ facturación del año pasado',
  [PROFILE_FORMULAS.campaignsOnly]: 'peso del mes = GMV de campañas del mes ÷ GMV de campañas del año pasado',
  [PROFILE_FORMULAS.flat]: 'peso del mes = 1 ÷ 12 (sin cifras mensuales el año pasado)',
  [SCENARIO_FORMULAS.growthOwn]: 'el crecimiento del escenario',
  [SCENARIO_FORMULAS.growthPlan]: 'el crecimiento del plan',
  [SCENARIO_FORMULAS.growthGoal]: 'el crecimiento del escenario para la meta de ventas',
  [SCENARIO_FORMULAS.roasAssumed]: 'el ROAS supuesto por el escenario',
  [SCENARIO_FORMULAS.roasLastYear]:
    'el ROAS de cada campaña el año pasado (GMV ÷ gasto), si no, el ROAS global del año pasado',
  [SCENARIO_FORMULAS.conversionAssumed]:
    'conversión supuesta ÷ conversión del año pasado (visitas y valor del pedido iguales)',
  [SCENARIO_FORMULAS.conversionSame]: 'la conversión del año pasado (factor 1)',
  [SCENARIO_FORMULAS.baseGmv]:
    '(facturación del año pasado − GMV de campañas del año pasado) × (1 + crecimiento) × factor de conversión',
  [SCENARIO_FORMULAS.campaignGmv]: 'suma de presupuesto de campaña × ROAS',
  [SCENARIO_FORMULAS.gmv]: 'GMV base + GMV de campañas',
  [SCENARIO_FORMULAS.campaignBudget]: 'suma de los presupuestos de campañas del escenario',
  [SCENARIO_FORMULAS.spend]: 'suma de los presupuestos de entrada (marketing, al menos los presupuestos de campañas)',
  [TRACKING_FORMULAS.variance]: 'real − previsto',
  [TRACKING_FORMULAS.attainment]: 'real ÷ previsto',
  [TRACKING_FORMULAS.cumulative]: 'real a la fecha ÷ previsto a la fecha',
  [TRACKING_FORMULAS.forecast]: 'real a la fecha ÷ previsto a la fecha × año previsto (ritmo estacional)',
  [TRACKING_FORMULAS.plannedToDate]: 'suma de los meses previstos hasta la fecha',
  [TRACKING_FORMULAS.actualToDate]: 'suma de los meses reales hasta la fecha',
};
