import { areaTexts } from '../../i18n/area.ts';

type Target = 'goals' | 'ledger' | 'events';
type Field =
  | 'label'
  | 'target'
  | 'actual'
  | 'lastYear'
  | 'unit'
  | 'direction'
  | 'subjectiveCause'
  | 'objectiveCause'
  | 'judgement'
  | 'month'
  | 'side'
  | 'category'
  | 'amount'
  | 'title'
  | 'laneId'
  | 'start'
  | 'end'
  | 'targetGmv'
  | 'actualGmv'
  | 'spend'
  | 'verdict';

/** Words of the import dialog, in every UI language. */
export const useImportText = areaTexts({
  en: {
    open: 'Import',
    openTitle: 'Fill this board from a CSV or Excel file (goals, ledger, campaign results)',
    heading: 'Import from a file',
    into: 'Import into',
    targets: {
      goals: 'Goals (targets and actuals)',
      ledger: 'Input and output lines',
      events: 'Campaign results',
    } as Record<Target, string>,
    file: 'CSV or Excel file (up to 5 MB, UTF-8)',
    sheet: 'Sheet',
    reading: 'Reading the file…',
    columns: 'Columns',
    columnsHint: 'Which column of the file fills each field. Remembered for this board.',
    notImported: 'Not imported',
    ignored: (names: string) => `Columns nothing reads: ${names}`,
    fields: {
      label: 'Name',
      target: 'Target',
      actual: 'Actual',
      lastYear: 'Last year',
      unit: 'Unit (new goals)',
      direction: 'Better when (new goals)',
      subjectiveCause: 'Subjective causes',
      objectiveCause: 'Objective causes',
      judgement: 'Judgement',
      month: 'Month',
      side: 'Side (new lines)',
      category: 'Category (new lines)',
      amount: 'Amount',
      title: 'Campaign',
      laneId: 'Lane',
      start: 'Start',
      end: 'End',
      targetGmv: 'Target GMV',
      actualGmv: 'Actual GMV',
      spend: 'Spend',
      verdict: 'Verdict',
    } as Record<Field, string>,
    missingKey: (field: string) => `Choose the column with the ${field}: rows are matched by it.`,
    preview: 'What will change',
    summary: (changed: number, added: number, unchanged: number) =>
      `${changed} to update, ${added} new, ${unchanged} already as in the file.`,
    blankKeeps: 'An empty cell leaves the field as it is.',
    row: 'Row',
    record: 'Record',
    field: 'Field',
    before: 'Now',
    after: 'After import',
    isNew: 'new',
    problems: (count: number) =>
      count === 1
        ? '1 problem: nothing is imported until it is fixed.'
        : `${count} problems: nothing is imported until they are fixed.`,
    column: 'Column',
    value: 'Cell',
    whatIsWrong: 'What is wrong',
    expected: 'Expected',
    nothingToDo: 'The board already holds everything in this file.',
    apply: (count: number) => (count === 1 ? 'Import 1 row' : `Import ${count} rows`),
    cancel: 'Cancel',
    applied: (count: number) => (count === 1 ? 'Imported 1 row.' : `Imported ${count} rows.`),
    undo: 'Undo',
    moreRows: (count: number) => `…and ${count} more`,
  },
  es: {
    open: 'Importar',
    openTitle: 'Rellenar este tablero desde un archivo CSV o Excel (objetivos, cuentas, resultados de campañas)',
    heading: 'Importar desde un archivo',
    into: 'Importar en',
    targets: {
      goals: 'Objetivos (metas y datos reales)',
      ledger: 'Líneas de inversión y resultado',
      events: 'Resultados de campañas',
    } as Record<Target, string>,
    file: 'Archivo CSV o Excel (hasta 5 MB, UTF-8)',
    sheet: 'Hoja',
    reading: 'Leyendo el archivo…',
    columns: 'Columnas',
    columnsHint: 'Qué columna del archivo rellena cada campo. Se recuerda para este tablero.',
    notImported: 'No se importa',
    ignored: (names: string) => `Columnas que no se leen: ${names}`,
    fields: {
      label: 'Nombre',
      target: 'Meta',
      actual: 'Real',
      lastYear: 'Año anterior',
      unit: 'Unidad (objetivos nuevos)',
      direction: 'Mejor cuando (objetivos nuevos)',
      subjectiveCause: 'Causas subjetivas',
      objectiveCause: 'Causas objetivas',
      judgement: 'Valoración',
      month: 'Mes',
      side: 'Lado (líneas nuevas)',
      category: 'Categoría (líneas nuevas)',
      amount: 'Importe',
      title: 'Campaña',
      laneId: 'Carril',
      start: 'Inicio',
      end: 'Fin',
      targetGmv: 'GMV objetivo',
      actualGmv: 'GMV real',
      spend: 'Gasto',
      verdict: 'Veredicto',
    } as Record<Field, string>,
    missingKey: (field: string) => `Elige la columna de «${field}»: las filas se emparejan con ella.`,
    preview: 'Qué cambiará',
    summary: (changed: number, added: number, unchanged: number) =>
      `${changed} por actualizar, ${added} nuevas, ${unchanged} ya como en el archivo.`,
    blankKeeps: 'Una celda vacía deja el campo como está.',
    row: 'Fila',
    record: 'Registro',
    field: 'Campo',
    before: 'Ahora',
    after: 'Tras importar',
    isNew: 'nueva',
    problems: (count: number) =>
      count === 1
        ? '1 problema: no se importa nada hasta corregirlo.'
        : `${count} problemas: no se importa nada hasta corregirlos.`,
    column: 'Columna',
    value: 'Celda',
    whatIsWrong: 'Qué falla',
    expected: 'Se espera',
    nothingToDo: 'El tablero ya tiene todo lo que hay en este archivo.',
    apply: (count: number) => (count === 1 ? 'Importar 1 fila' : `Importar ${count} filas`),
    cancel: 'Cancelar',
    applied: (count: number) => (count === 1 ? 'Se importó 1 fila.' : `Se importaron ${count} filas.`),
    undo: 'Deshacer',
    moreRows: (count: number) => `…y ${count} más`,
  },
  'zh-CN': {
    open: '导入',
    openTitle: '从 CSV 或 Excel 文件填写此看板（目标、投入产出、活动结果）',
    heading: '从文件导入',
    into: '导入到',
    targets: { goals: '目标（目标值与实际值）', ledger: '投入与产出明细', events: '活动结果' } as Record<
      Target,
      string
    >,
    file: 'CSV 或 Excel 文件（不超过 5 MB，UTF-8 编码）',
    sheet: '工作表',
    reading: '正在读取文件…',
    columns: '列',
    columnsHint: '文件中的哪一列填写每个字段。此看板会记住这一对应关系。',
    notImported: '不导入',
    ignored: (names: string) => `未读取的列：${names}`,
    fields: {
      label: '名称',
      target: '目标值',
      actual: '实际值',
      lastYear: '上年',
      unit: '单位（新目标）',
      direction: '越高/越低越好（新目标）',
      subjectiveCause: '主观原因',
      objectiveCause: '客观原因',
      judgement: '判断',
      month: '月份',
      side: '方向（新明细）',
      category: '类别（新明细）',
      amount: '金额',
      title: '活动',
      laneId: '泳道',
      start: '开始',
      end: '结束',
      targetGmv: '目标 GMV',
      actualGmv: '实际 GMV',
      spend: '花费',
      verdict: '评价',
    } as Record<Field, string>,
    missingKey: (field: string) => `请选择“${field}”所在的列：按它匹配各行。`,
    preview: '将要发生的变化',
    summary: (changed: number, added: number, unchanged: number) =>
      `更新 ${changed} 行，新增 ${added} 行，${unchanged} 行与文件一致。`,
    blankKeeps: '空单元格不会改变该字段。',
    row: '行',
    record: '记录',
    field: '字段',
    before: '当前',
    after: '导入后',
    isNew: '新增',
    problems: (count: number) => `${count} 个问题：修正之前不会导入任何内容。`,
    column: '列',
    value: '单元格',
    whatIsWrong: '问题',
    expected: '应为',
    nothingToDo: '看板已包含此文件中的全部内容。',
    apply: (count: number) => `导入 ${count} 行`,
    cancel: '取消',
    applied: (count: number) => `已导入 ${count} 行。`,
    undo: '撤销',
    moreRows: (count: number) => `……还有 ${count} 行`,
  },
});
