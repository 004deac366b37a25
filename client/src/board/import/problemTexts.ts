import type { FileProblem, RowProblem } from '@balanza/import';
import { areaTexts } from '../../i18n/area.ts';

type RowCode = RowProblem['code'];
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** What is wrong with a file or a row of it, in every UI language (the import's problem codes). */
export const useImportProblemText = areaTexts({
  en: {
    file: {
      tooLarge: (limit: number) => `The file is larger than ${megabytes(limit)} MB.`,
      tooManyRows: (limit: number) => `The file has more than ${limit} rows; split it.`,
      empty: () => 'The file has no rows under its header row.',
      oldExcel: () => 'This is an old Excel file (.xls): save it as .xlsx or as CSV UTF-8.',
      notTable: () => 'This is not a CSV or Excel file.',
      notUtf8: (encoding: string) =>
        `The file is not UTF-8${encoding ? ` (it is ${encoding})` : ' (GBK or Latin-1, perhaps)'}: save it as "CSV UTF-8".`,
      badCsv: (row: number) => `Row ${row} opens a quote that never closes.`,
      badXlsx: () => 'The Excel file is damaged or not a workbook.',
      duplicateHeader: (header: string) => `Two columns are called "${header}": rename one.`,
      noSheet: (sheet: string) => `The workbook has no sheet "${sheet}".`,
    },
    row: {
      notNumber: 'not a number',
      otherLocale: "a number written with another locale's separators",
      notDate: 'not a date',
      notMonth: 'not a month',
      notChoice: 'not one of the choices',
      noLane: 'no such lane on this board',
      required: 'empty, and the row needs it',
      duplicate: 'the same record as another row',
      ambiguous: 'several records have this name',
      endBeforeStart: 'ends before it starts',
      turnoverIsOutput: 'turnover is an output',
      invalid: 'not allowed here',
    } as Record<RowCode, string>,
    sameAs: (row: number) => `row ${row}`,
    addLane: 'add a Lane column',
    startOnOrBefore: 'a date on or after the start',
  },
  es: {
    file: {
      tooLarge: (limit: number) => `El archivo pesa más de ${megabytes(limit)} MB.`,
      tooManyRows: (limit: number) => `El archivo tiene más de ${limit} filas; divídelo.`,
      empty: () => 'El archivo no tiene filas bajo la fila de encabezados.',
      oldExcel: () => 'Es un archivo de Excel antiguo (.xls): guárdalo como .xlsx o como CSV UTF-8.',
      notTable: () => 'No es un archivo CSV ni de Excel.',
      notUtf8: (encoding: string) =>
        `El archivo no está en UTF-8${encoding ? ` (está en ${encoding})` : ' (quizá GBK o Latin-1)'}: guárdalo como «CSV UTF-8».`,
      badCsv: (row: number) => `La fila ${row} abre unas comillas que no se cierran.`,
      badXlsx: () => 'El archivo de Excel está dañado o no es un libro.',
      duplicateHeader: (header: string) => `Dos columnas se llaman «${header}»: cambia el nombre de una.`,
      noSheet: (sheet: string) => `El libro no tiene la hoja «${sheet}».`,
    },
    row: {
      notNumber: 'no es un número',
      otherLocale: 'un número escrito con los separadores de otra configuración regional',
      notDate: 'no es una fecha',
      notMonth: 'no es un mes',
      notChoice: 'no es una de las opciones',
      noLane: 'no hay ese carril en este tablero',
      required: 'vacío, y la fila lo necesita',
      duplicate: 'el mismo registro que otra fila',
      ambiguous: 'varios registros tienen este nombre',
      endBeforeStart: 'termina antes de empezar',
      turnoverIsOutput: 'la facturación es un resultado',
      invalid: 'no se permite aquí',
    } as Record<RowCode, string>,
    sameAs: (row: number) => `fila ${row}`,
    addLane: 'añade una columna Carril',
    startOnOrBefore: 'una fecha igual o posterior al inicio',
  },
  'zh-CN': {
    file: {
      tooLarge: (limit: number) => `文件超过 ${megabytes(limit)} MB。`,
      tooManyRows: (limit: number) => `文件超过 ${limit} 行，请拆分。`,
      empty: () => '文件的表头下面没有数据行。',
      oldExcel: () => '这是旧版 Excel 文件：请另存为 XLSX 或“CSV UTF-8”。',
      notTable: () => '这不是 CSV 或 Excel 文件。',
      notUtf8: (encoding: string) =>
        `文件不是 UTF-8 编码${encoding ? `（而是 ${encoding}）` : '（可能是 GBK）'}：请另存为“CSV UTF-8”。`,
      badCsv: (row: number) => `第 ${row} 行的引号没有闭合。`,
      badXlsx: () => 'Excel 文件已损坏或不是工作簿。',
      duplicateHeader: (header: string) => `有两列都叫“${header}”：请重命名其中一列。`,
      noSheet: (sheet: string) => `工作簿中没有“${sheet}”工作表。`,
    },
    row: {
      notNumber: '不是数字',
      otherLocale: '数字使用了其他地区的分隔符',
      notDate: '不是日期',
      notMonth: '不是月份',
      notChoice: '不是可选值之一',
      noLane: '此看板没有这个泳道',
      required: '为空，但此行需要它',
      duplicate: '与另一行是同一条记录',
      ambiguous: '有多条记录同名',
      endBeforeStart: '结束早于开始',
      turnoverIsOutput: '营业额属于产出',
      invalid: '此处不允许',
    } as Record<RowCode, string>,
    sameAs: (row: number) => `第 ${row} 行`,
    addLane: '请添加“泳道”列',
    startOnOrBefore: '不早于开始日期的日期',
  },
});

/** A file problem in words: each code with what it carries (an empty encoding when it is not known). */
export function fileProblemText(words: ReturnType<typeof useImportProblemText>, problem: FileProblem): string {
  const say = words.file;
  switch (problem.code) {
    case 'tooLarge':
      return say.tooLarge(problem.limit);
    case 'tooManyRows':
      return say.tooManyRows(problem.limit);
    case 'notUtf8':
      return say.notUtf8(problem.encoding ?? '');
    case 'badCsv':
      return say.badCsv(problem.row);
    case 'duplicateHeader':
      return say.duplicateHeader(problem.header);
    case 'noSheet':
      return say.noSheet(problem.sheet);
    default:
      return say[problem.code]();
  }
}
