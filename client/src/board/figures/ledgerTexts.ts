import { type LedgerCategory, TEMPLATE_LABELS } from '@balanza/model';
import { areaTexts } from '../../i18n/area.ts';

/** Words of the input & output section. */
export const useLedgerTexts = areaTexts<{
  title: string;
  intro: (year: number) => string;
  inputs: string;
  outputs: string;
  outcomes: string;
  outcomesIntro: string;
  // A category's name is the template's label for it (one source for new boards and the UI).
  categories: Record<LedgerCategory, string>;
  /** The period of a line for the whole year (monthly lines show the month's name). */
  wholeYear: string;
  columns: {
    line: string;
    category: string;
    period: string;
    amount: string;
    lastYear: string;
    change: string;
    yearOverYear: string;
    share: string;
    before: string;
    after: string;
    unit: string;
  };
  totals: {
    input: string;
    output: string;
    profit: string;
    margin: string;
    roi: string;
    filled: (filled: number, lines: number) => string;
    lastYear: (value: string) => string;
  };
  movers: string;
  moversEmpty: string;
  /** Whether a mover helps the year (less cost, more turnover), in a word beside its colour. */
  moverBetter: string;
  moverWorse: string;
  addInput: string;
  addOutput: string;
  addOutcome: string;
  remove: (label: string) => string;
  removed: (label: string) => string;
  undo: string;
  deletedWhileEditing: (label: string) => string;
  restore: string;
  untitled: string;
  labelPlaceholder: string;
  emptyInputs: string;
  emptyOutputs: string;
  emptyOutcomes: string;
}>({
  en: {
    title: 'Input and output',
    intro: (year) =>
      `What ${year} cost against what it brought in, with last year beside it. Type amounts and press Enter: profit, margin and ROI update for everyone.`,
    inputs: 'Inputs (costs)',
    outputs: 'Outputs (turnover)',
    outcomes: 'Non-money results',
    outcomesIntro: 'What the year built besides turnover, before → after.',
    categories: { ...TEMPLATE_LABELS.en.ledger, custom: 'Other' },
    wholeYear: 'Whole year',
    columns: {
      line: 'Line',
      category: 'Category',
      period: 'Period',
      amount: 'This year',
      lastYear: 'Last year',
      change: 'Change',
      yearOverYear: 'vs last year',
      share: 'Share of turnover',
      before: 'Before',
      after: 'After',
      unit: 'Unit',
    },
    totals: {
      input: 'Total input',
      output: 'Turnover',
      profit: 'Operating profit',
      margin: 'Operating margin',
      roi: 'ROI',
      filled: (filled, lines) => `${filled} of ${lines} lines filled`,
      lastYear: (value) => `last year ${value}`,
    },
    movers: 'Biggest movers against last year',
    moversEmpty: 'Fill this year and last year for some lines to see what moved most.',
    moverBetter: 'better',
    moverWorse: 'worse',
    addInput: 'Add cost line',
    addOutput: 'Add output line',
    addOutcome: 'Add result',
    remove: (label) => `Delete “${label}”`,
    removed: (label) => `Deleted “${label}”.`,
    undo: 'Undo',
    deletedWhileEditing: (label) => `“${label}” was deleted by someone else while you were working on it.`,
    restore: 'Restore',
    untitled: 'untitled',
    labelPlaceholder: 'Name the line',
    emptyInputs: 'No cost lines yet. Add labour, product cost, commissions… to see what the year cost.',
    emptyOutputs: 'No output yet. Add the turnover to see profit, margin and ROI.',
    emptyOutcomes: 'No non-money results yet. Add store level, credit score… as before → after.',
  },
  es: {
    title: 'Entrada y salida',
    intro: (year) =>
      `Lo que costó ${year} frente a lo que aportó, con el año pasado al lado. Escriba importes y pulse Intro: beneficio, margen y ROI se actualizan para todos.`,
    inputs: 'Entradas (costes)',
    outputs: 'Salidas (facturación)',
    outcomes: 'Resultados no monetarios',
    outcomesIntro: 'Lo que el año construyó además de la facturación, antes → después.',
    categories: { ...TEMPLATE_LABELS.es.ledger, custom: 'Otro' },
    wholeYear: 'Todo el año',
    columns: {
      line: 'Línea',
      category: 'Categoría',
      period: 'Periodo',
      amount: 'Este año',
      lastYear: 'Año pasado',
      change: 'Cambio',
      yearOverYear: 'vs año pasado',
      share: 'Parte de la facturación',
      before: 'Antes',
      after: 'Después',
      unit: 'Unidad',
    },
    totals: {
      input: 'Entrada total',
      output: 'Facturación',
      profit: 'Beneficio operativo',
      margin: 'Margen operativo',
      roi: 'ROI',
      filled: (filled, lines) => `${filled} de ${lines} líneas rellenadas`,
      lastYear: (value) => `año pasado ${value}`,
    },
    movers: 'Mayores cambios frente al año pasado',
    moversEmpty: 'Rellene este año y el pasado en algunas líneas para ver qué cambió más.',
    moverBetter: 'mejor',
    moverWorse: 'peor',
    addInput: 'Añadir línea de coste',
    addOutput: 'Añadir línea de salida',
    addOutcome: 'Añadir resultado',
    remove: (label) => `Eliminar «${label}»`,
    removed: (label) => `Se eliminó «${label}».`,
    undo: 'Deshacer',
    deletedWhileEditing: (label) => `Otra persona eliminó «${label}» mientras trabajaba en ello.`,
    restore: 'Restaurar',
    untitled: 'sin nombre',
    labelPlaceholder: 'Nombre de la línea',
    emptyInputs: 'Aún no hay costes. Añada costes laborales, de producto, comisiones… para ver lo que costó el año.',
    emptyOutputs: 'Aún no hay salidas. Añada la facturación para ver beneficio, margen y ROI.',
    emptyOutcomes:
      'Aún no hay resultados no monetarios. Añada nivel de la tienda, puntuación crediticia… como antes → después.',
  },
  'zh-CN': {
    title: '投入与产出',
    intro: (year) =>
      `${year} 年的投入与带来的产出，旁边列出去年的数据。输入金额后按 Enter：营业利润、利润率和 ROI 会为所有人同步更新。`,
    inputs: '投入（成本）',
    outputs: '产出（营业额）',
    outcomes: '非金额产出',
    outcomesIntro: '除营业额之外，这一年积累下来的成果：之前 → 之后。',
    categories: { ...TEMPLATE_LABELS['zh-CN'].ledger, custom: '其他' },
    wholeYear: '全年',
    columns: {
      line: '项目',
      category: '类别',
      period: '期间',
      amount: '今年',
      lastYear: '去年',
      change: '变化',
      yearOverYear: '同比去年',
      share: '占营业额比例',
      before: '之前',
      after: '之后',
      unit: '单位',
    },
    totals: {
      input: '总投入',
      output: '营业额',
      profit: '营业利润',
      margin: '营业利润率',
      roi: 'ROI',
      filled: (filled, lines) => `已填写 ${filled}/${lines} 项`,
      lastYear: (value) => `去年 ${value}`,
    },
    movers: '与去年相比变化最大的项目',
    moversEmpty: '为部分项目填写今年和去年的数据，即可看到变化最大的项目。',
    moverBetter: '向好',
    moverWorse: '变差',
    addInput: '添加成本项',
    addOutput: '添加产出项',
    addOutcome: '添加成果',
    remove: (label) => `删除“${label}”`,
    removed: (label) => `已删除“${label}”。`,
    undo: '撤销',
    deletedWhileEditing: (label) => `你正在编辑“${label}”时，其他人删除了它。`,
    restore: '恢复',
    untitled: '未命名',
    labelPlaceholder: '填写项目名称',
    emptyInputs: '还没有成本项。添加人工成本、产品成本、平台佣金等，看看这一年花了多少。',
    emptyOutputs: '还没有产出。添加营业额，即可看到营业利润、利润率和 ROI。',
    emptyOutcomes: '还没有非金额产出。添加店铺等级、信用评分等，按之前 → 之后填写。',
  },
});
