import { areaTexts } from '../../i18n/area.ts';

/** The report's chapters, in the order it shows them. */
export const CHAPTERS = [
  'goals',
  'ledger',
  'outcomes',
  'campaigns',
  'dashboard',
  'notes',
  'measures',
  'comments',
  'plan',
] as const;
export type Chapter = (typeof CHAPTERS)[number];

interface ReportTexts {
  /** The top bar's way to the report, and what it is. */
  open: string;
  openTitle: string;
  heading: string;
  live: string;
  print: string;
  back: string;
  contents: string;
  chapters: Record<Exclude<Chapter, 'plan'>, string>;
  plan: (year: number) => string;
  years: (reviewed: number, plan: number) => string;
  formulas: string;
  side: string;
  dates: string;
  campaign: string;
  owner: string;
  due: string;
  votes: (count: number) => string;
  answersTo: string;
  taskDone: string;
  taskOpen: string;
  on: (what: string) => string;
  openThreads: (count: number) => string;
  resolvedThreads: (count: number) => string;
  empty: {
    goals: string;
    ledger: string;
    outcomes: string;
    campaigns: string;
    note: string;
    measures: string;
    comments: string;
  };
}

export const useReportText = areaTexts<ReportTexts>({
  en: {
    open: 'Report',
    openTitle: 'The whole board on one read-only page, to read on a phone or print',
    heading: 'Report',
    live: 'Live: this page follows the board as the team edits it.',
    print: 'Print / Save as PDF',
    back: 'Back to the board',
    contents: 'Contents',
    chapters: {
      goals: 'Goals and deviations',
      ledger: 'Input and output',
      outcomes: 'Non-money results',
      campaigns: 'The year as a timeline',
      dashboard: 'Dashboard',
      notes: 'Reflection notes',
      measures: 'Measures: keep, change, add',
      comments: 'Comment threads',
    },
    plan: (year) => `Plan ${year}`,
    years: (reviewed, plan) => `Review ${reviewed} · plan ${plan}`,
    formulas: 'Formulas',
    side: 'Side',
    dates: 'Dates',
    campaign: 'Campaign',
    owner: 'Owner',
    due: 'Due',
    votes: (count) => `${count} vote${count === 1 ? '' : 's'}`,
    answersTo: 'Answers to',
    taskDone: 'done:',
    taskOpen: 'to do:',
    on: (what) => `On ${what}`,
    openThreads: (count) => `Open (${count})`,
    resolvedThreads: (count) => `Resolved (${count})`,
    empty: {
      goals: 'No goals on this board yet.',
      ledger: 'No input or output lines yet.',
      outcomes: 'No non-money results yet.',
      campaigns: 'Nothing on the timeline yet.',
      note: 'Nothing written yet.',
      measures: 'No measures yet.',
      comments: 'No comment threads yet.',
    },
  },
  es: {
    open: 'Informe',
    openTitle: 'Todo el tablero en una página de solo lectura, para leer en el móvil o imprimir',
    heading: 'Informe',
    live: 'En vivo: esta página sigue al tablero mientras el equipo lo edita.',
    print: 'Imprimir / Guardar como PDF',
    back: 'Volver al tablero',
    contents: 'Contenido',
    chapters: {
      goals: 'Metas y desviaciones',
      ledger: 'Entrada y salida',
      outcomes: 'Resultados no monetarios',
      campaigns: 'El año como línea de tiempo',
      dashboard: 'Panel',
      notes: 'Notas de reflexión',
      measures: 'Medidas: mantener, cambiar, añadir',
      comments: 'Hilos de comentarios',
    },
    plan: (year) => `Plan ${year}`,
    years: (reviewed, plan) => `Revisión ${reviewed} · plan ${plan}`,
    formulas: 'Fórmulas',
    side: 'Lado',
    dates: 'Fechas',
    campaign: 'Campaña',
    owner: 'Responsable',
    due: 'Plazo',
    votes: (count) => `${count} voto${count === 1 ? '' : 's'}`,
    answersTo: 'Responde a',
    taskDone: 'hecho:',
    taskOpen: 'pendiente:',
    on: (what) => `Sobre ${what}`,
    openThreads: (count) => `Abiertos (${count})`,
    resolvedThreads: (count) => `Resueltos (${count})`,
    empty: {
      goals: 'Este tablero aún no tiene metas.',
      ledger: 'Aún no hay líneas de entrada ni de salida.',
      outcomes: 'Aún no hay resultados no monetarios.',
      campaigns: 'Aún no hay nada en la línea de tiempo.',
      note: 'Aún no hay nada escrito.',
      measures: 'Aún no hay medidas.',
      comments: 'Aún no hay hilos de comentarios.',
    },
  },
  'zh-CN': {
    open: '报告',
    openTitle: '整个看板的只读页面，可在手机上阅读或打印',
    heading: '报告',
    live: '实时：本页随团队的编辑同步更新。',
    print: '打印 / 另存为 PDF',
    back: '返回看板',
    contents: '目录',
    chapters: {
      goals: '目标与偏差',
      ledger: '投入与产出',
      outcomes: '非金钱成果',
      campaigns: '年度时间线',
      dashboard: '仪表盘',
      notes: '复盘笔记',
      measures: '措施：保持、调整、新增',
      comments: '评论',
    },
    plan: (year) => `${year} 年计划`,
    years: (reviewed, plan) => `${reviewed} 年复盘 · ${plan} 年计划`,
    formulas: '公式',
    side: '类别',
    dates: '日期',
    campaign: '活动',
    owner: '负责人',
    due: '期限',
    votes: (count) => `${count} 票`,
    answersTo: '对应',
    taskDone: '已完成：',
    taskOpen: '待办：',
    on: (what) => `关于 ${what}`,
    openThreads: (count) => `未解决（${count}）`,
    resolvedThreads: (count) => `已解决（${count}）`,
    empty: {
      goals: '此看板还没有目标。',
      ledger: '还没有投入或产出条目。',
      outcomes: '还没有非金钱成果。',
      campaigns: '时间线上还没有内容。',
      note: '还没有写任何内容。',
      measures: '还没有措施。',
      comments: '还没有评论。',
    },
  },
});
