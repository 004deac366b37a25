import type { ScenarioRow } from '@balanza/metrics';
import { exportLanguage } from './labels.ts';

/** The words of the plan's part of an export ([EXPORT-10]): its sheet names, headers and figure names. */
export interface PlanLabels {
  sheets: {
    figures: string;
    months: string;
    budgets: string;
    campaigns: string;
    scenarios: string;
    items: string;
    tracking: string;
  };
  figure: string;
  value: string;
  formula: string;
  formulas: string;
  month: string;
  goal: string;
  unit: string;
  year: string;
  total: string;
  profile: string;
  figures: {
    growth: string;
    turnover: string;
    turnoverLastYear: string;
    totalInput: string;
    profit: string;
    margin: string;
    roi: string;
    campaignBudget: string;
    plannedGmv: string;
    plannedRoas: string;
    adopted: string;
  };
  budgets: { line: string; category: string; lastYear: string; share: string; budget: string; change: string };
  campaigns: {
    campaign: string;
    start: string;
    end: string;
    lastYearGmv: string;
    lastYearSpend: string;
    lastYearRoas: string;
    budget: string;
    plannedGmv: string;
    plannedRoas: string;
  };
  scenarios: {
    planNow: string;
    adopted: (name: string) => string;
    rows: Record<ScenarioRow['key'], string>;
  };
  items: { measure: string; column: string; owner: string; due: string; status: string; done: string };
  tracking: {
    month: string;
    planned: string;
    actual: string;
    variance: string;
    attainment: string;
    plannedToDate: string;
    actualToDate: string;
    cumulative: string;
    forecast: string;
  };
}

const en: PlanLabels = {
  sheets: {
    figures: 'Plan',
    months: 'Plan – targets by month',
    budgets: 'Plan – budgets',
    campaigns: 'Plan – campaigns',
    scenarios: 'Plan – scenarios',
    items: 'Plan – items',
    tracking: 'Plan – tracking',
  },
  figure: 'Figure',
  value: 'Value',
  formula: 'Formula',
  formulas: 'Formulas',
  month: 'Months',
  goal: 'Goal',
  unit: 'Unit',
  year: 'Year',
  total: 'Total',
  profile: 'Seasonality',
  figures: {
    growth: 'Planned growth',
    turnover: 'Planned turnover',
    turnoverLastYear: 'Turnover last year',
    totalInput: 'Total input',
    profit: 'Operating profit',
    margin: 'Operating margin',
    roi: 'ROI',
    campaignBudget: 'Campaign budget',
    plannedGmv: 'Planned campaign GMV',
    plannedRoas: 'Planned ROAS',
    adopted: 'Adopted scenario',
  },
  budgets: {
    line: 'Line',
    category: 'Category',
    lastYear: 'Last year',
    share: 'Share of turnover last year',
    budget: 'Budget',
    change: 'Change',
  },
  campaigns: {
    campaign: 'Campaign',
    start: 'Start',
    end: 'End',
    lastYearGmv: 'GMV last year',
    lastYearSpend: 'Spend last year',
    lastYearRoas: 'ROAS last year',
    budget: 'Budget',
    plannedGmv: 'Planned GMV',
    plannedRoas: 'Planned ROAS',
  },
  scenarios: {
    planNow: 'Plan now',
    adopted: (name) => `${name} (adopted)`,
    rows: {
      growth: 'Growth used',
      roas: 'ROAS used',
      conversionFactor: 'Conversion factor',
      baseGmv: 'Base GMV',
      campaignBudget: 'Campaign budget',
      campaignGmv: 'Campaign GMV',
      gmv: 'GMV',
      spend: 'Spend',
      operatingProfit: 'Operating profit',
      operatingMargin: 'Operating margin',
      roi: 'ROI',
    },
  },
  items: { measure: 'Plan item', column: 'Column', owner: 'Owner', due: 'Due', status: 'Status', done: 'Done' },
  tracking: {
    month: 'Month',
    planned: 'Planned',
    actual: 'Actual',
    variance: 'Variance',
    attainment: 'Attainment',
    plannedToDate: 'Planned to date',
    actualToDate: 'Actual to date',
    cumulative: 'Attainment to date',
    forecast: 'Year-end forecast',
  },
};

const es: PlanLabels = {
  sheets: {
    figures: 'Plan',
    months: 'Plan – metas por mes',
    budgets: 'Plan – presupuestos',
    campaigns: 'Plan – campañas',
    scenarios: 'Plan – escenarios',
    items: 'Plan – acciones',
    tracking: 'Plan – seguimiento',
  },
  figure: 'Cifra',
  value: 'Valor',
  formula: 'Fórmula',
  formulas: 'Fórmulas',
  month: 'Meses',
  goal: 'Objetivo',
  unit: 'Unidad',
  year: 'Año',
  total: 'Total',
  profile: 'Estacionalidad',
  figures: {
    growth: 'Crecimiento planificado',
    turnover: 'Facturación planificada',
    turnoverLastYear: 'Facturación del año pasado',
    totalInput: 'Inversión total',
    profit: 'Beneficio operativo',
    margin: 'Margen operativo',
    roi: 'ROI',
    campaignBudget: 'Presupuesto de campañas',
    plannedGmv: 'GMV planificado de campañas',
    plannedRoas: 'ROAS planificado',
    adopted: 'Escenario adoptado',
  },
  budgets: {
    line: 'Línea',
    category: 'Categoría',
    lastYear: 'Año pasado',
    share: 'Parte de la facturación del año pasado',
    budget: 'Presupuesto',
    change: 'Cambio',
  },
  campaigns: {
    campaign: 'Campaña',
    start: 'Inicio',
    end: 'Fin',
    lastYearGmv: 'GMV del año pasado',
    lastYearSpend: 'Gasto del año pasado',
    lastYearRoas: 'ROAS del año pasado',
    budget: 'Presupuesto',
    plannedGmv: 'GMV planificado',
    plannedRoas: 'ROAS planificado',
  },
  scenarios: {
    planNow: 'Plan actual',
    adopted: (name) => `${name} (adoptado)`,
    rows: {
      growth: 'Crecimiento usado',
      roas: 'ROAS usado',
      conversionFactor: 'Factor de conversión',
      baseGmv: 'GMV base',
      campaignBudget: 'Presupuesto de campañas',
      campaignGmv: 'GMV de campañas',
      gmv: 'GMV',
      spend: 'Gasto',
      operatingProfit: 'Beneficio operativo',
      operatingMargin: 'Margen operativo',
      roi: 'ROI',
    },
  },
  items: {
    measure: 'Acción del plan',
    column: 'Columna',
    owner: 'Responsable',
    due: 'Para',
    status: 'Estado',
    done: 'Hechas',
  },
  tracking: {
    month: 'Mes',
    planned: 'Planificado',
    actual: 'Real',
    variance: 'Variación',
    attainment: 'Cumplimiento',
    plannedToDate: 'Planificado hasta la fecha',
    actualToDate: 'Real hasta la fecha',
    cumulative: 'Cumplimiento hasta la fecha',
    forecast: 'Previsión de cierre',
  },
};

const zh: PlanLabels = {
  sheets: {
    figures: '计划',
    months: '计划 – 月度目标',
    budgets: '计划 – 预算',
    campaigns: '计划 – 活动',
    scenarios: '计划 – 情景',
    items: '计划 – 计划事项',
    tracking: '计划 – 跟踪',
  },
  figure: '指标',
  value: '数值',
  formula: '公式',
  formulas: '公式',
  month: '月度',
  goal: '目标',
  unit: '单位',
  year: '全年',
  total: '合计',
  profile: '季节性',
  figures: {
    growth: '计划增长率',
    turnover: '计划营业额',
    turnoverLastYear: '去年营业额',
    totalInput: '总投入',
    profit: '营业利润',
    margin: '营业利润率',
    roi: 'ROI',
    campaignBudget: '活动预算',
    plannedGmv: '活动计划 GMV',
    plannedRoas: '计划 ROAS',
    adopted: '已采用的情景',
  },
  budgets: {
    line: '项目',
    category: '类别',
    lastYear: '去年',
    share: '去年占营业额比例',
    budget: '预算',
    change: '变化',
  },
  campaigns: {
    campaign: '活动',
    start: '开始',
    end: '结束',
    lastYearGmv: '去年 GMV',
    lastYearSpend: '去年花费',
    lastYearRoas: '去年 ROAS',
    budget: '预算',
    plannedGmv: '计划 GMV',
    plannedRoas: '计划 ROAS',
  },
  scenarios: {
    planNow: '当前计划',
    adopted: (name) => `${name}（已采用）`,
    rows: {
      growth: '采用的增长率',
      roas: '采用的 ROAS',
      conversionFactor: '转化系数',
      baseGmv: '基础 GMV',
      campaignBudget: '活动预算',
      campaignGmv: '活动 GMV',
      gmv: 'GMV',
      spend: '花费',
      operatingProfit: '营业利润',
      operatingMargin: '营业利润率',
      roi: 'ROI',
    },
  },
  items: { measure: '计划事项', column: '栏', owner: '负责人', due: '截止', status: '状态', done: '已完成' },
  tracking: {
    month: '月份',
    planned: '计划',
    actual: '实际',
    variance: '差异',
    attainment: '达成率',
    plannedToDate: '截至目前计划',
    actualToDate: '截至目前实际',
    cumulative: '截至目前达成率',
    forecast: '全年预测',
  },
};

const PLAN_LABELS = { en, es, 'zh-CN': zh } as const;
/** The plan's words in a board's export language. */
export const planLabelsFor = (locale: string): PlanLabels => PLAN_LABELS[exportLanguage(locale)];
