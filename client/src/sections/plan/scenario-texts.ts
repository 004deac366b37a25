import { areaTexts } from '../../i18n/area.ts';

/** Words of the plan's what-if scenarios ([PLAN-9], [PLAN-10]), in every UI language. */
export const useScenarioText = areaTexts<{
  title: string;
  intro: string;
  empty: string;
  nameLabel: string;
  namePlaceholder: string;
  add: string;
  nameNeeded: string;
  scrollLabel: string;
  planNow: string;
  assumption: string;
  projection: string;
  goal: string;
  campaign: string;
  rename: (name: string) => string;
  remove: (name: string) => string;
  confirmRemove: (name: string) => string;
  confirm: string;
  cancel: string;
  adopt: string;
  adoptAgain: string;
  adoptHelp: (name: string) => string;
  cannotAdopt: string;
  adopted: string;
  adoptedStatus: (name: string) => string;
  rows: {
    growth: string;
    roas: string;
    conversion: string;
    lastConversion: string;
    budget: (category: string) => string;
    growthUsed: string;
    roasUsed: string;
    conversionFactor: string;
    baseGmv: string;
    campaignBudget: string;
    campaignGmv: string;
    gmv: string;
    spend: string;
    profit: string;
    margin: string;
    roi: string;
  };
  goalGrowth: (count: number) => string;
  campaignBudgets: (count: number) => string;
  salesGoal: string;
  noCampaigns: string;
  fallback: {
    plan: (value: string) => string;
    lastYear: (value: string) => string;
    lastYearOnly: string;
    scenario: (value: string) => string;
    about: (value: string) => string;
  };
  problems: { growth: string; ratio: string; conversion: string; budget: string };
}>({
  en: {
    title: 'Scenarios',
    intro:
      'Compare what-if years side by side: change growth, ROAS, conversion or budgets, read the projected GMV, spend, margin and ROI, and adopt the one you choose into the plan. Blank cells follow the plan or last year (shown in grey).',
    empty: 'No scenario yet — add one to compare a cautious year with pushing 618.',
    nameLabel: 'New scenario',
    namePlaceholder: 'e.g. cautious, push 618',
    add: 'Add scenario',
    nameNeeded: 'Give the scenario a name.',
    scrollLabel: 'Scenarios side by side',
    planNow: 'The plan now',
    assumption: 'Assumption',
    projection: 'Projection',
    goal: 'Goal',
    campaign: 'Campaign',
    rename: (name) => `Name of the scenario “${name}”`,
    remove: (name) => `Remove the scenario “${name}”`,
    confirmRemove: (name) => `Remove “${name}”?`,
    confirm: 'Remove',
    cancel: 'Cancel',
    adopt: 'Adopt',
    adoptAgain: 'Adopt again',
    adoptHelp: (name) => `Copy the targets and budgets of “${name}” into the plan (one undoable edit)`,
    cannotAdopt: 'Nothing to adopt: its GMV cannot be projected (it needs last year’s turnover).',
    adopted: 'Adopted',
    adoptedStatus: (name) => `Adopted “${name}”: targets and budgets updated. Undo with Ctrl+Z.`,
    rows: {
      growth: 'Growth',
      roas: 'ROAS (×)',
      conversion: 'Conversion',
      lastConversion: 'Last year’s conversion',
      budget: (category) => `Budget: ${category}`,
      growthUsed: 'Growth used',
      roasUsed: 'ROAS used',
      conversionFactor: 'Conversion factor',
      baseGmv: 'Base GMV',
      campaignBudget: 'Campaign budget',
      campaignGmv: 'Campaign GMV',
      gmv: 'GMV',
      spend: 'Spend',
      profit: 'Operating profit',
      margin: 'Margin',
      roi: 'ROI',
    },
    goalGrowth: (count) => `Growth per goal (${count})`,
    campaignBudgets: (count) => `Campaign budgets (${count})`,
    salesGoal: 'sets the GMV’s growth',
    noCampaigns: 'No campaigns on the calendar.',
    fallback: {
      plan: (value) => `plan: ${value}`,
      lastYear: (value) => `last year: ${value}`,
      lastYearOnly: 'last year',
      scenario: (value) => `scenario: ${value}`,
      about: (value) => `≈ ${value}`,
    },
    problems: {
      growth: 'A growth must be between −100 % and +1000 %. Nothing was saved.',
      ratio: 'A ROAS must be above zero. Nothing was saved.',
      conversion: 'A conversion must be above 0 % and at most 100 %. Nothing was saved.',
      budget: 'A budget cannot be negative. Nothing was saved.',
    },
  },
  es: {
    title: 'Escenarios',
    intro:
      'Compara años hipotéticos lado a lado: cambia crecimiento, ROAS, conversión o presupuestos, lee el GMV, el gasto, el margen y el ROI previstos, y adopta en el plan el que elijas. Las celdas vacías siguen el plan o el año pasado (en gris).',
    empty: 'Aún no hay escenarios: añade uno para comparar un año prudente con apostar por el 618.',
    nameLabel: 'Nuevo escenario',
    namePlaceholder: 'p. ej. prudente, apostar por el 618',
    add: 'Añadir escenario',
    nameNeeded: 'Ponle un nombre al escenario.',
    scrollLabel: 'Escenarios lado a lado',
    planNow: 'El plan actual',
    assumption: 'Supuesto',
    projection: 'Previsión',
    goal: 'Objetivo',
    campaign: 'Campaña',
    rename: (name) => `Nombre del escenario «${name}»`,
    remove: (name) => `Quitar el escenario «${name}»`,
    confirmRemove: (name) => `¿Quitar «${name}»?`,
    confirm: 'Quitar',
    cancel: 'Cancelar',
    adopt: 'Adoptar',
    adoptAgain: 'Adoptar de nuevo',
    adoptHelp: (name) => `Copiar los objetivos y presupuestos de «${name}» al plan (un cambio que se puede deshacer)`,
    cannotAdopt: 'Nada que adoptar: su GMV no se puede prever (falta la facturación del año pasado).',
    adopted: 'Adoptado',
    adoptedStatus: (name) => `Adoptado «${name}»: objetivos y presupuestos actualizados. Deshaz con Ctrl+Z.`,
    rows: {
      growth: 'Crecimiento',
      roas: 'ROAS (×)',
      conversion: 'Conversión',
      lastConversion: 'Conversión del año pasado',
      budget: (category) => `Presupuesto: ${category}`,
      growthUsed: 'Crecimiento usado',
      roasUsed: 'ROAS usado',
      conversionFactor: 'Factor de conversión',
      baseGmv: 'GMV base',
      campaignBudget: 'Presupuesto de campañas',
      campaignGmv: 'GMV de campañas',
      gmv: 'GMV',
      spend: 'Gasto',
      profit: 'Beneficio operativo',
      margin: 'Margen',
      roi: 'ROI',
    },
    goalGrowth: (count) => `Crecimiento por objetivo (${count})`,
    campaignBudgets: (count) => `Presupuestos de campaña (${count})`,
    salesGoal: 'fija el crecimiento del GMV',
    noCampaigns: 'No hay campañas en el calendario.',
    fallback: {
      plan: (value) => `plan: ${value}`,
      lastYear: (value) => `año pasado: ${value}`,
      lastYearOnly: 'año pasado',
      scenario: (value) => `escenario: ${value}`,
      about: (value) => `≈ ${value}`,
    },
    problems: {
      growth: 'El crecimiento debe estar entre −100 % y +1000 %. No se guardó nada.',
      ratio: 'El ROAS debe ser mayor que cero. No se guardó nada.',
      conversion: 'La conversión debe ser mayor que 0 % y como mucho 100 %. No se guardó nada.',
      budget: 'Un presupuesto no puede ser negativo. No se guardó nada.',
    },
  },
  'zh-CN': {
    title: '情景',
    intro:
      '并排比较不同的假设年份：调整增长率、ROAS、转化率或预算，查看预测的 GMV、花费、利润率和 ROI，并把选中的情景采纳到计划中。留空的单元格沿用计划或去年的数据（灰色显示）。',
    empty: '还没有情景——添加一个，比较稳健的一年和全力冲刺 618 的一年。',
    nameLabel: '新情景',
    namePlaceholder: '例如：稳健、冲刺 618',
    add: '添加情景',
    nameNeeded: '请为情景命名。',
    scrollLabel: '并排比较的情景',
    planNow: '当前计划',
    assumption: '假设',
    projection: '预测',
    goal: '目标',
    campaign: '活动',
    rename: (name) => `情景“${name}”的名称`,
    remove: (name) => `删除情景“${name}”`,
    confirmRemove: (name) => `要删除“${name}”吗？`,
    confirm: '删除',
    cancel: '取消',
    adopt: '采纳',
    adoptAgain: '再次采纳',
    adoptHelp: (name) => `把“${name}”的目标和预算复制到计划中（可一步撤销）`,
    cannotAdopt: '无可采纳的内容：无法预测其 GMV（需要去年的营业额）。',
    adopted: '已采纳',
    adoptedStatus: (name) => `已采纳“${name}”：目标和预算已更新。按 Ctrl+Z 可撤销。`,
    rows: {
      growth: '增长率',
      roas: 'ROAS (×)',
      conversion: '转化率',
      lastConversion: '去年转化率',
      budget: (category) => `预算：${category}`,
      growthUsed: '采用的增长率',
      roasUsed: '采用的 ROAS',
      conversionFactor: '转化系数',
      baseGmv: '基础 GMV',
      campaignBudget: '活动预算',
      campaignGmv: '活动 GMV',
      gmv: 'GMV',
      spend: '花费',
      profit: '营业利润',
      margin: '利润率',
      roi: 'ROI',
    },
    goalGrowth: (count) => `各目标增长率（${count}）`,
    campaignBudgets: (count) => `活动预算（${count}）`,
    salesGoal: '决定 GMV 的增长',
    noCampaigns: '日历上没有活动。',
    fallback: {
      plan: (value) => `计划：${value}`,
      lastYear: (value) => `去年：${value}`,
      lastYearOnly: '去年',
      scenario: (value) => `情景：${value}`,
      about: (value) => `≈ ${value}`,
    },
    problems: {
      growth: '增长率必须在 −100% 到 +1000% 之间。未保存任何内容。',
      ratio: 'ROAS 必须大于零。未保存任何内容。',
      conversion: '转化率必须大于 0% 且不超过 100%。未保存任何内容。',
      budget: '预算不能为负数。未保存任何内容。',
    },
  },
});
