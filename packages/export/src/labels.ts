import { languageOfLocale } from '@balanza/model';

/** The words of an export, in the board's language (its locale: es-* Spanish, zh-* Chinese, else English). */
export interface ExportLabels {
  sheets: {
    summary: string;
    goals: string;
    ledger: string;
    outcomes: string;
    events: string;
    measures: string;
    comments: string;
    notes: string;
    plan: string;
  };
  goal: {
    label: string;
    unit: string;
    direction: string;
    target: string;
    actual: string;
    lastYear: string;
    deviation: string;
    deviationPercent: string;
    attainment: string;
    status: string;
    subjectiveCause: string;
    objectiveCause: string;
    judgement: string;
  };
  ledger: {
    side: string;
    category: string;
    label: string;
    month: string;
    amount: string;
    lastYear: string;
    change: string;
    yearOverYear: string;
    share: string;
    budget: string;
  };
  outcome: { label: string; unit: string; before: string; after: string; change: string; changePercent: string };
  event: {
    lane: string;
    title: string;
    start: string;
    end: string;
    targetGmv: string;
    actualGmv: string;
    spend: string;
    attainment: string;
    roas: string;
    verdict: string;
    budget: string;
  };
  measure: {
    column: string;
    text: string;
    owner: string;
    due: string;
    votes: string;
    goals: string;
    events: string;
    status: string;
  };
  comment: {
    target: string;
    state: string;
    author: string;
    time: string;
    text: string;
    open: string;
    resolved: string;
    deleted: string;
    section: string;
  };
  note: { note: string; text: string; event: (title: string) => string };
  summary: {
    figure: string;
    value: string;
    goalsHit: string;
    goalsMissed: string;
    goalsUnfilled: string;
    totalInput: string;
    totalOutput: string;
    operatingProfit: string;
    operatingMargin: string;
    roi: string;
    campaignGmv: string;
    campaignSpend: string;
    campaignRoas: string;
    hitRate: string;
    growth: string;
    scenarios: string;
  };
  values: {
    side: Record<'input' | 'output', string>;
    direction: Record<'higher' | 'lower', string>;
    status: Record<'hit' | 'missed' | 'unfilled', string>;
    verdict: Record<'unjudged' | 'highlight' | 'shortfall' | 'neutral', string>;
    column: Record<'keep' | 'change' | 'add', string>;
    planStatus: Record<'not-started' | 'in-progress' | 'done', string>;
    unit: Record<'money' | 'count' | 'percent' | 'score', string>;
  };
  report: {
    reviewOf: (year: number, plan: number) => string;
    shop: string;
    currency: string;
    inputs: string;
    outputs: string;
    totals: string;
    blank: string;
    none: string;
    openThreads: string;
    resolvedThreads: string;
    reflection: string;
    onTarget: (kind: string, id: string) => string;
    planIntro: string;
  };
}

const en: ExportLabels = {
  sheets: {
    summary: 'Summary',
    goals: 'Goals',
    ledger: 'Input and output',
    outcomes: 'Non-money outcomes',
    events: 'Timeline',
    measures: 'Measures',
    comments: 'Comments',
    notes: 'Reflection notes',
    plan: 'Next-year plan',
  },
  goal: {
    label: 'Goal',
    unit: 'Unit',
    direction: 'Better when',
    target: 'Target',
    actual: 'Actual',
    lastYear: 'Last year',
    deviation: 'Deviation',
    deviationPercent: 'Deviation %',
    attainment: 'Attainment',
    status: 'Status',
    subjectiveCause: 'Subjective causes',
    objectiveCause: 'Objective causes',
    judgement: 'Judgement',
  },
  ledger: {
    side: 'Side',
    category: 'Category',
    label: 'Line',
    month: 'Month',
    amount: 'Amount',
    lastYear: 'Last year',
    change: 'Change',
    yearOverYear: 'Year over year',
    share: 'Share of turnover',
    budget: 'Budget',
  },
  outcome: {
    label: 'Outcome',
    unit: 'Unit',
    before: 'Before',
    after: 'After',
    change: 'Change',
    changePercent: 'Change %',
  },
  event: {
    lane: 'Lane',
    title: 'Event',
    start: 'Start',
    end: 'End',
    targetGmv: 'Target GMV',
    actualGmv: 'Actual GMV',
    spend: 'Spend',
    attainment: 'GMV attainment',
    roas: 'ROAS',
    verdict: 'Verdict',
    budget: 'Budget',
  },
  measure: {
    column: 'Column',
    text: 'Measure',
    owner: 'Owner',
    due: 'Due',
    votes: 'Votes',
    goals: 'Linked goals',
    events: 'Linked events',
    status: 'Status',
  },
  comment: {
    target: 'On',
    state: 'State',
    author: 'Author',
    time: 'Time',
    text: 'Comment',
    open: 'open',
    resolved: 'resolved',
    deleted: '(deleted)',
    section: 'section',
  },
  note: { note: 'Note', text: 'Text', event: (title) => `Event: ${title}` },
  summary: {
    figure: 'Figure',
    value: 'Value',
    goalsHit: 'Goals hit',
    goalsMissed: 'Goals missed',
    goalsUnfilled: 'Goals not filled in',
    totalInput: 'Total input',
    totalOutput: 'Total output',
    operatingProfit: 'Operating profit',
    operatingMargin: 'Operating margin',
    roi: 'ROI',
    campaignGmv: 'Campaign GMV',
    campaignSpend: 'Campaign spend',
    campaignRoas: 'Campaign ROAS',
    hitRate: 'Campaign hit rate',
    growth: 'Planned growth',
    scenarios: 'Scenarios',
  },
  values: {
    side: { input: 'input', output: 'output' },
    direction: { higher: 'higher', lower: 'lower' },
    status: { hit: 'hit', missed: 'missed', unfilled: 'not filled in' },
    verdict: { unjudged: 'not judged', highlight: 'highlight', shortfall: 'shortfall', neutral: 'neutral' },
    column: { keep: 'Keep', change: 'Change', add: 'Add' },
    planStatus: { 'not-started': 'not started', 'in-progress': 'in progress', done: 'done' },
    unit: { money: 'money', count: 'count', percent: 'percent', score: 'score' },
  },
  report: {
    reviewOf: (year, plan) => `Review ${year}, plan ${plan}`,
    shop: 'Shop',
    currency: 'Currency',
    inputs: 'Input',
    outputs: 'Output',
    totals: 'Totals',
    blank: '—',
    none: 'None.',
    openThreads: 'Open threads',
    resolvedThreads: 'Resolved threads',
    reflection: 'Reflection',
    onTarget: (kind, id) => `${kind} ${id}`,
    planIntro: 'The plan of the next year, as this board holds it.',
  },
};

const es: ExportLabels = {
  sheets: {
    summary: 'Resumen',
    goals: 'Objetivos',
    ledger: 'Inversión y resultado',
    outcomes: 'Resultados no monetarios',
    events: 'Línea de tiempo',
    measures: 'Medidas',
    comments: 'Comentarios',
    notes: 'Notas de reflexión',
    plan: 'Plan del año próximo',
  },
  goal: {
    label: 'Objetivo',
    unit: 'Unidad',
    direction: 'Mejor cuanto',
    target: 'Meta',
    actual: 'Real',
    lastYear: 'Año pasado',
    deviation: 'Desviación',
    deviationPercent: 'Desviación %',
    attainment: 'Cumplimiento',
    status: 'Estado',
    subjectiveCause: 'Causas subjetivas',
    objectiveCause: 'Causas objetivas',
    judgement: 'Juicio',
  },
  ledger: {
    side: 'Lado',
    category: 'Categoría',
    label: 'Línea',
    month: 'Mes',
    amount: 'Importe',
    lastYear: 'Año pasado',
    change: 'Cambio',
    yearOverYear: 'Interanual',
    share: 'Parte de la facturación',
    budget: 'Presupuesto',
  },
  outcome: {
    label: 'Resultado',
    unit: 'Unidad',
    before: 'Antes',
    after: 'Después',
    change: 'Cambio',
    changePercent: 'Cambio %',
  },
  event: {
    lane: 'Carril',
    title: 'Evento',
    start: 'Inicio',
    end: 'Fin',
    targetGmv: 'GMV objetivo',
    actualGmv: 'GMV real',
    spend: 'Gasto',
    attainment: 'Cumplimiento del GMV',
    roas: 'ROAS',
    verdict: 'Veredicto',
    budget: 'Presupuesto',
  },
  measure: {
    column: 'Columna',
    text: 'Medida',
    owner: 'Responsable',
    due: 'Plazo',
    votes: 'Votos',
    goals: 'Objetivos vinculados',
    events: 'Eventos vinculados',
    status: 'Estado',
  },
  comment: {
    target: 'Sobre',
    state: 'Estado',
    author: 'Autor',
    time: 'Hora',
    text: 'Comentario',
    open: 'abierto',
    resolved: 'resuelto',
    deleted: '(borrado)',
    section: 'sección',
  },
  note: { note: 'Nota', text: 'Texto', event: (title) => `Evento: ${title}` },
  summary: {
    figure: 'Cifra',
    value: 'Valor',
    goalsHit: 'Objetivos cumplidos',
    goalsMissed: 'Objetivos no cumplidos',
    goalsUnfilled: 'Objetivos sin datos',
    totalInput: 'Inversión total',
    totalOutput: 'Resultado total',
    operatingProfit: 'Beneficio operativo',
    operatingMargin: 'Margen operativo',
    roi: 'ROI',
    campaignGmv: 'GMV de campañas',
    campaignSpend: 'Gasto de campañas',
    campaignRoas: 'ROAS de campañas',
    hitRate: 'Campañas que cumplieron',
    growth: 'Crecimiento planificado',
    scenarios: 'Escenarios',
  },
  values: {
    side: { input: 'inversión', output: 'resultado' },
    direction: { higher: 'mayor', lower: 'menor' },
    status: { hit: 'cumplido', missed: 'no cumplido', unfilled: 'sin datos' },
    verdict: { unjudged: 'sin juzgar', highlight: 'acierto', shortfall: 'fallo', neutral: 'neutral' },
    column: { keep: 'Mantener', change: 'Cambiar', add: 'Añadir' },
    planStatus: { 'not-started': 'sin empezar', 'in-progress': 'en curso', done: 'hecho' },
    unit: { money: 'dinero', count: 'cantidad', percent: 'porcentaje', score: 'puntuación' },
  },
  report: {
    reviewOf: (year, plan) => `Revisión ${year}, plan ${plan}`,
    shop: 'Tienda',
    currency: 'Moneda',
    inputs: 'Inversión',
    outputs: 'Resultado',
    totals: 'Totales',
    blank: '—',
    none: 'Ninguno.',
    openThreads: 'Hilos abiertos',
    resolvedThreads: 'Hilos resueltos',
    reflection: 'Reflexión',
    onTarget: (kind, id) => `${kind} ${id}`,
    planIntro: 'El plan del año próximo, tal como lo tiene este tablero.',
  },
};

const zh: ExportLabels = {
  sheets: {
    summary: '概览',
    goals: '目标',
    ledger: '投入与产出',
    outcomes: '非财务成果',
    events: '时间线',
    measures: '措施',
    comments: '评论',
    notes: '复盘笔记',
    plan: '明年计划',
  },
  goal: {
    label: '目标',
    unit: '单位',
    direction: '方向',
    target: '目标值',
    actual: '实际值',
    lastYear: '去年',
    deviation: '偏差',
    deviationPercent: '偏差 %',
    attainment: '达成率',
    status: '状态',
    subjectiveCause: '主观原因',
    objectiveCause: '客观原因',
    judgement: '判断',
  },
  ledger: {
    side: '类别',
    category: '分类',
    label: '项目',
    month: '月份',
    amount: '金额',
    lastYear: '去年',
    change: '变化',
    yearOverYear: '同比',
    share: '占营业额',
    budget: '预算',
  },
  outcome: { label: '成果', unit: '单位', before: '之前', after: '之后', change: '变化', changePercent: '变化 %' },
  event: {
    lane: '泳道',
    title: '事件',
    start: '开始',
    end: '结束',
    targetGmv: '目标 GMV',
    actualGmv: '实际 GMV',
    spend: '花费',
    attainment: 'GMV 达成率',
    roas: 'ROAS',
    verdict: '结论',
    budget: '预算',
  },
  measure: {
    column: '栏',
    text: '措施',
    owner: '负责人',
    due: '期限',
    votes: '票数',
    goals: '关联目标',
    events: '关联事件',
    status: '状态',
  },
  comment: {
    target: '对象',
    state: '状态',
    author: '作者',
    time: '时间',
    text: '评论',
    open: '未解决',
    resolved: '已解决',
    deleted: '(已删除)',
    section: '板块',
  },
  note: { note: '笔记', text: '内容', event: (title) => `事件：${title}` },
  summary: {
    figure: '指标',
    value: '数值',
    goalsHit: '达成目标',
    goalsMissed: '未达成目标',
    goalsUnfilled: '未填写目标',
    totalInput: '总投入',
    totalOutput: '总产出',
    operatingProfit: '营业利润',
    operatingMargin: '营业利润率',
    roi: 'ROI',
    campaignGmv: '活动 GMV',
    campaignSpend: '活动花费',
    campaignRoas: '活动 ROAS',
    hitRate: '活动达成率',
    growth: '计划增长',
    scenarios: '情景',
  },
  values: {
    side: { input: '投入', output: '产出' },
    direction: { higher: '越高越好', lower: '越低越好' },
    status: { hit: '达成', missed: '未达成', unfilled: '未填写' },
    verdict: { unjudged: '未评判', highlight: '亮点', shortfall: '不足', neutral: '中性' },
    column: { keep: '保持', change: '改进', add: '新增' },
    planStatus: { 'not-started': '未开始', 'in-progress': '进行中', done: '已完成' },
    unit: { money: '金额', count: '数量', percent: '百分比', score: '分数' },
  },
  report: {
    reviewOf: (year, plan) => `${year} 年复盘，${plan} 年计划`,
    shop: '店铺',
    currency: '币种',
    inputs: '投入',
    outputs: '产出',
    totals: '合计',
    blank: '—',
    none: '无。',
    openThreads: '未解决的讨论',
    resolvedThreads: '已解决的讨论',
    reflection: '复盘',
    onTarget: (kind, id) => `${kind} ${id}`,
    planIntro: '本看板中的明年计划。',
  },
};

/** The language a board's exports are written in: its locale's, as the template's (es-* Spanish, zh* Chinese, else English). */
export const exportLanguage = languageOfLocale;

const LABELS = { en, es, 'zh-CN': zh } as const;
/** The labels of a board's locale. */
export const labelsFor = (locale: string): ExportLabels => LABELS[exportLanguage(locale)];
