import { areaTexts } from '../../i18n/area.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const en = {
  toggle: 'Versions',
  title: 'Versions',
  close: 'Close versions',
  saveHeading: 'Save a version',
  nameLabel: 'Version name',
  namePlaceholder: 'e.g. before the review meeting',
  save: 'Save version',
  saving: 'Saving…',
  saved: (name: string) => `Version “${name}” saved.`,
  nameNeeded: 'Give the version a name first.',
  readOnlyNoSave: 'Viewers and commenters can open versions but not save or restore them.',
  listHeading: 'Saved versions',
  loading: 'Loading versions…',
  empty: 'No versions yet. Save one before a big change; the server also keeps one per hour of editing.',
  loadFailed: (reason: string) => `Could not load versions: ${reason}. Check your connection and try again.`,
  retry: 'Try again',
  automatic: 'Automatic version',
  autoBadge: 'Automatic',
  namedBadge: 'Named',
  by: (name: string) => `by ${name}`,
  openPrefix: 'Open version:',
  back: 'All versions',
  viewing: (when: string) =>
    `Read-only view of the board as it was on ${when}. Differences with the live board are marked.`,
  sections: { goals: 'Goals', ledger: 'Input & output', timeline: 'Timeline', measures: 'Measures' } as Record<
    string,
    string
  >,
  collections: {
    goals: 'Goals',
    ledger: 'Ledger lines',
    outcomes: 'Non-money outputs',
    lanes: 'Lanes',
    events: 'Events',
    measures: 'Measures',
  } as Record<string, string>,
  summary: (changed: number, deleted: number, added: number) =>
    changed + deleted + added === 0
      ? 'Same as the live board.'
      : [
          changed ? `${plural(changed, 'changed row', 'changed rows')}` : '',
          deleted ? `${plural(deleted, 'row deleted', 'rows deleted')} since` : '',
          added ? `${plural(added, 'row added', 'rows added')} since` : '',
        ]
          .filter(Boolean)
          .join(' · '),
  stateChanged: 'Changed',
  stateDeleted: 'Deleted since',
  stateAdded: 'Added since',
  changedFields: (fields: string) => `now different: ${fields}`,
  restoreItem: 'Restore',
  restoreItemLabel: (name: string) => `Restore “${name}” from this version`,
  restoreSection: 'Restore this section',
  confirmRestore: (section: string, changed: number, deleted: number) =>
    `Restoring ${section} ${[
      changed ? `replaces ${plural(changed, 'changed row', 'changed rows')}` : '',
      deleted ? `brings back ${plural(deleted, 'deleted one', 'deleted ones')}` : '',
    ]
      .filter(Boolean)
      .join(' and ')}. Rows added since are kept. You can undo it.`,
  nothingToRestore: 'Nothing to restore: this section is the same as the live board.',
  confirm: 'Restore',
  cancel: 'Cancel',
  restoredSection: (section: string) => `${section} restored from the version.`,
  restoredItem: (name: string) => `“${name}” restored from the version.`,
  undo: 'Undo',
  untitled: '(untitled)',
  notesHeading: 'Reflection notes',
  notesSummary: (changed: number) =>
    changed === 0
      ? 'Same as the live board.'
      : `${plural(changed, 'note differs', 'notes differ')} from the live board.`,
  eventNote: (title: string) => `Note of the event “${title}”`,
  emptyNote: '(empty)',
  noteGone: 'Not on the live board',
  restoreNote: 'Restore note',
  restoreNoteLabel: (name: string) => `Restore “${name}” from this version (replaces the live note)`,
  restoredNote: (name: string) => `“${name}” restored from the version.`,
  columns: { keep: 'Keep', change: 'Change', add: 'Add' } as Record<string, string>,
  fields: {
    label: 'name',
    title: 'title',
    target: 'target',
    actual: 'actual',
    lastYear: 'last year',
    amount: 'amount',
    before: 'before',
    after: 'after',
    start: 'start',
    end: 'end',
    targetGmv: 'target GMV',
    actualGmv: 'actual GMV',
    spend: 'spend',
    verdict: 'verdict',
    text: 'text',
    column: 'column',
    order: 'position',
    votes: 'votes',
    subjectiveCause: 'subjective cause',
    objectiveCause: 'objective cause',
    judgement: 'what we will do',
  } as Record<string, string>,
};

export type VersionTexts = typeof en;
/** The English texts, for tests that run outside React. */
export const versionTextsEn: VersionTexts = en;

export const useVersionText = areaTexts<VersionTexts>(en, {
  toggle: 'Versiones',
  title: 'Versiones',
  close: 'Cerrar versiones',
  saveHeading: 'Guardar una versión',
  nameLabel: 'Nombre de la versión',
  namePlaceholder: 'p. ej. antes de la reunión de revisión',
  save: 'Guardar versión',
  saving: 'Guardando…',
  saved: (name) => `Versión «${name}» guardada.`,
  nameNeeded: 'Primero ponle un nombre a la versión.',
  readOnlyNoSave: 'Lectores y comentaristas pueden abrir versiones, pero no guardarlas ni restaurarlas.',
  listHeading: 'Versiones guardadas',
  loading: 'Cargando versiones…',
  empty:
    'Aún no hay versiones. Guarda una antes de un cambio grande; el servidor también guarda una por hora de edición.',
  loadFailed: (reason) => `No se pudieron cargar las versiones: ${reason}. Revisa la conexión y vuelve a intentarlo.`,
  retry: 'Reintentar',
  automatic: 'Versión automática',
  autoBadge: 'Automática',
  namedBadge: 'Con nombre',
  by: (name) => `por ${name}`,
  openPrefix: 'Abrir la versión:',
  back: 'Todas las versiones',
  viewing: (when) =>
    `Vista de solo lectura del tablero tal como estaba el ${when}. Se marcan las diferencias con el tablero en vivo.`,
  sections: { goals: 'Metas', ledger: 'Entradas y salidas', timeline: 'Línea de tiempo', measures: 'Medidas' },
  collections: {
    goals: 'Metas',
    ledger: 'Apuntes',
    outcomes: 'Resultados no monetarios',
    lanes: 'Carriles',
    events: 'Eventos',
    measures: 'Medidas',
  },
  summary: (changed, deleted, added) =>
    changed + deleted + added === 0
      ? 'Igual que el tablero en vivo.'
      : [
          changed ? plural(changed, 'fila cambiada', 'filas cambiadas') : '',
          deleted ? `${plural(deleted, 'fila eliminada', 'filas eliminadas')} desde entonces` : '',
          added ? `${plural(added, 'fila añadida', 'filas añadidas')} desde entonces` : '',
        ]
          .filter(Boolean)
          .join(' · '),
  stateChanged: 'Cambiada',
  stateDeleted: 'Eliminada desde entonces',
  stateAdded: 'Añadida desde entonces',
  changedFields: (fields) => `ahora distinto: ${fields}`,
  restoreItem: 'Restaurar',
  restoreItemLabel: (name) => `Restaurar «${name}» desde esta versión`,
  restoreSection: 'Restaurar esta sección',
  confirmRestore: (section, changed, deleted) =>
    `Restaurar ${section} ${[
      changed ? `reemplaza ${plural(changed, 'fila cambiada', 'filas cambiadas')}` : '',
      deleted ? `recupera ${plural(deleted, 'fila eliminada', 'filas eliminadas')}` : '',
    ]
      .filter(Boolean)
      .join(' y ')}. Las filas añadidas después se conservan. Puedes deshacerlo.`,
  nothingToRestore: 'Nada que restaurar: esta sección es igual que el tablero en vivo.',
  confirm: 'Restaurar',
  cancel: 'Cancelar',
  restoredSection: (section) => `${section} restaurada desde la versión.`,
  restoredItem: (name) => `«${name}» restaurado desde la versión.`,
  undo: 'Deshacer',
  untitled: '(sin título)',
  notesHeading: 'Notas de reflexión',
  notesSummary: (changed) =>
    changed === 0
      ? 'Igual que el tablero en vivo.'
      : `${plural(changed, 'nota distinta', 'notas distintas')} del tablero en vivo.`,
  eventNote: (title) => `Nota del evento «${title}»`,
  emptyNote: '(vacía)',
  noteGone: 'No está en el tablero en vivo',
  restoreNote: 'Restaurar nota',
  restoreNoteLabel: (name) => `Restaurar «${name}» desde esta versión (reemplaza la nota actual)`,
  restoredNote: (name) => `«${name}» restaurada desde la versión.`,
  columns: { keep: 'Mantener', change: 'Cambiar', add: 'Añadir' },
  fields: {
    label: 'nombre',
    title: 'título',
    target: 'objetivo',
    actual: 'real',
    lastYear: 'año anterior',
    amount: 'importe',
    before: 'antes',
    after: 'después',
    start: 'inicio',
    end: 'fin',
    targetGmv: 'GMV objetivo',
    actualGmv: 'GMV real',
    spend: 'gasto',
    verdict: 'veredicto',
    text: 'texto',
    column: 'columna',
    order: 'posición',
    votes: 'votos',
    subjectiveCause: 'causa subjetiva',
    objectiveCause: 'causa objetiva',
    judgement: 'qué haremos',
  },
});
