import { areaTexts } from '../../i18n/area.ts';
import type { MentionKind } from './mentionTargets.ts';

const en = {
  toolbar: 'Formatting',
  placeholder: 'Write here — everyone sees it as you type. Type @ to mention a goal, event or measure.',
  bold: 'Bold',
  italic: 'Italic',
  heading: 'Heading',
  bulletList: 'Bulleted list',
  orderedList: 'Numbered list',
  taskList: 'Task list',
  link: 'Link',
  mention: 'Mention a goal, event or measure',
  linkLabel: 'Link address',
  linkApply: 'Apply',
  linkRemove: 'Remove link',
  linkCancel: 'Cancel',
  linkInvalid: 'Enter an http, https or mailto address, e.g. https://shop.example',
  kind: { goal: 'Goal', event: 'Event', measure: 'Measure' } as Record<MentionKind, string>,
  deleted: 'deleted',
  chipLabel: (kind: string, name: string, deleted: boolean) => `${kind}: ${name}${deleted ? ' (deleted)' : ''}`,
  untitled: 'Untitled',
  pickerLabel: 'Mention',
  pickerEmpty: 'Nothing on the board by that name',
  readOnly: 'Read only',
};

export type NoteEditorTexts = typeof en;

export const useNoteEditorText = areaTexts<NoteEditorTexts>(en, {
  toolbar: 'Formato',
  placeholder: 'Escribe aquí: todos lo ven mientras escribes. Escribe @ para mencionar un objetivo, evento o medida.',
  bold: 'Negrita',
  italic: 'Cursiva',
  heading: 'Título',
  bulletList: 'Lista con viñetas',
  orderedList: 'Lista numerada',
  taskList: 'Lista de tareas',
  link: 'Enlace',
  mention: 'Mencionar un objetivo, evento o medida',
  linkLabel: 'Dirección del enlace',
  linkApply: 'Aplicar',
  linkRemove: 'Quitar enlace',
  linkCancel: 'Cancelar',
  linkInvalid: 'Escribe una dirección http, https o mailto, p. ej. https://tienda.example',
  kind: { goal: 'Objetivo', event: 'Evento', measure: 'Medida' },
  deleted: 'eliminado',
  chipLabel: (kind, name, deleted) => `${kind}: ${name}${deleted ? ' (eliminado)' : ''}`,
  untitled: 'Sin título',
  pickerLabel: 'Mencionar',
  pickerEmpty: 'No hay nada en el tablero con ese nombre',
  readOnly: 'Solo lectura',
});
