import { areaTexts } from '../../i18n/area.ts';

/** Words of the home page's board import, in every UI language. */
export const useImportText = areaTexts({
  en: {
    title: 'Import a board',
    intro: 'Open a board exported as JSON (“Whole board”) as a new board.',
    choose: 'Choose a JSON file',
    working: 'Importing…',
    tooLarge: (megabytes: number) => `This file is larger than ${megabytes} MB; an export is smaller.`,
    notJson: 'This file is not JSON: choose a board export (.json).',
    failed: (message: string) => `Could not import: ${message}`,
  },
  es: {
    title: 'Importar un tablero',
    intro: 'Abre como tablero nuevo un tablero exportado en JSON («Tablero completo»).',
    choose: 'Elegir un archivo JSON',
    working: 'Importando…',
    tooLarge: (megabytes: number) => `Este archivo supera los ${megabytes} MB; una exportación es más pequeña.`,
    notJson: 'Este archivo no es JSON: elige una exportación de tablero (.json).',
    failed: (message: string) => `No se pudo importar: ${message}`,
  },
  'zh-CN': {
    title: '导入看板',
    intro: '将导出为 JSON（“完整看板”）的看板作为新看板打开。',
    choose: '选择 JSON 文件',
    working: '正在导入…',
    tooLarge: (megabytes: number) => `此文件超过 ${megabytes} MB；导出文件应更小。`,
    notJson: '此文件不是 JSON：请选择看板导出的 JSON 文件。',
    failed: (message: string) => `导入失败：${message}`,
  },
});
