import { areaTexts } from '../../i18n/area.ts';

/** Words of the board's Export menu, in every UI language. */
export const useExportText = areaTexts({
  en: {
    open: 'Export',
    title: 'Download this board as a file',
    menu: 'Export formats',
    markdown: 'Report (Markdown)',
    csv: 'Tables (CSV, zip)',
    xlsx: 'Spreadsheet (Excel)',
    json: 'Whole board (JSON)',
    jsonHint: 'imports back as a new board',
    working: 'Preparing the file…',
    failed: (message: string) => `Could not export: ${message}`,
  },
  es: {
    open: 'Exportar',
    title: 'Descargar este tablero como archivo',
    menu: 'Formatos de exportación',
    markdown: 'Informe (Markdown)',
    csv: 'Tablas (CSV, zip)',
    xlsx: 'Hoja de cálculo (Excel)',
    json: 'Tablero completo (JSON)',
    jsonHint: 'se importa de nuevo como tablero nuevo',
    working: 'Preparando el archivo…',
    failed: (message: string) => `No se pudo exportar: ${message}`,
  },
  'zh-CN': {
    open: '导出',
    title: '将此看板下载为文件',
    menu: '导出格式',
    markdown: '报告（Markdown）',
    csv: '表格（CSV，ZIP 压缩包）',
    xlsx: '电子表格（Excel）',
    json: '完整看板（JSON）',
    jsonHint: '可重新导入为新看板',
    working: '正在准备文件…',
    failed: (message: string) => `导出失败：${message}`,
  },
});
