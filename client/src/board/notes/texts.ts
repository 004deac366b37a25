import type { NoteSection } from '@balanza/model';
import { areaTexts } from '../../i18n/area.ts';

const en = {
  title: 'Notes',
  intro:
    'The overall summary of the review, and each section’s reflection in one place. Type @ to mention a goal, event or measure.',
  tabs: 'Reflection notes',
  noteName: {
    summary: 'Overall summary',
    goals: 'Goals and deviations',
    ledger: 'Input and output',
    timeline: 'Timeline',
    measures: 'Measures',
  } as Record<NoteSection, string>,
  openSection: (name: string) => `Open ${name}`,
  reflection: 'Reflection',
  reflectionHint: 'What went well, what did not, and why',
  missing: 'This board has no note for this section (it was written by an older version).',
  locked: 'The facilitator has locked the board: notes are read only for now.',
};

export type NotesTexts = typeof en;

const es: NotesTexts = {
  title: 'Notas',
  intro:
    'El resumen general de la revisión y la reflexión de cada sección en un solo lugar. Escribe @ para mencionar un objetivo, evento o medida.',
  tabs: 'Notas de reflexión',
  noteName: {
    summary: 'Resumen general',
    goals: 'Objetivos y desviaciones',
    ledger: 'Entradas y salidas',
    timeline: 'Línea de tiempo',
    measures: 'Medidas',
  },
  openSection: (name) => `Abrir ${name}`,
  reflection: 'Reflexión',
  reflectionHint: 'Qué salió bien, qué no y por qué',
  missing: 'Este tablero no tiene nota para esta sección (lo escribió una versión anterior).',
  locked: 'Quien facilita ha bloqueado el tablero: por ahora las notas son de solo lectura.',
};

const zh: NotesTexts = {
  title: '笔记',
  intro: '复盘的总体总结和各板块的反思集中在这里。输入 @ 可提及目标、事件或措施。',
  tabs: '反思笔记',
  noteName: {
    summary: '总体总结',
    goals: '目标与偏差',
    ledger: '投入与产出',
    timeline: '时间线',
    measures: '措施',
  },
  openSection: (name) => `打开“${name}”`,
  reflection: '反思',
  reflectionHint: '哪些做得好，哪些没做好，原因是什么',
  missing: '这个看板没有该板块的笔记（它由旧版本创建）。',
  locked: '主持人锁定了看板：笔记暂时只读。',
};

export const useNotesText = areaTexts<NotesTexts>({ en, es, 'zh-CN': zh });
