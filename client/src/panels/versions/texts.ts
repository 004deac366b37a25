import { areaTexts } from '../../i18n/area.ts';
import { plural } from '../../i18n/plural.ts';

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
  editedBy: (names: string) => `Edited since the version before by ${names}`,
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
          changed ? `${plural('en', changed, { one: '# changed row', other: '# changed rows' })}` : '',
          deleted ? `${plural('en', deleted, { one: '# row deleted', other: '# rows deleted' })} since` : '',
          added ? `${plural('en', added, { one: '# row added', other: '# rows added' })} since` : '',
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
      changed ? `replaces ${plural('en', changed, { one: '# changed row', other: '# changed rows' })}` : '',
      deleted ? `brings back ${plural('en', deleted, { one: '# deleted one', other: '# deleted ones' })}` : '',
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
      : `${plural('en', changed, { one: '# note differs', other: '# notes differ' })} from the live board.`,
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

const es: VersionTexts = {
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
  editedBy: (names) => `Editado desde la versión anterior por ${names}`,
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
          changed ? plural('es', changed, { one: '# fila cambiada', other: '# filas cambiadas' }) : '',
          deleted
            ? `${plural('es', deleted, { one: '# fila eliminada', other: '# filas eliminadas' })} desde entonces`
            : '',
          added ? `${plural('es', added, { one: '# fila añadida', other: '# filas añadidas' })} desde entonces` : '',
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
      changed ? `reemplaza ${plural('es', changed, { one: '# fila cambiada', other: '# filas cambiadas' })}` : '',
      deleted ? `recupera ${plural('es', deleted, { one: '# fila eliminada', other: '# filas eliminadas' })}` : '',
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
      : `${plural('es', changed, { one: '# nota distinta', other: '# notas distintas' })} del tablero en vivo.`,
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
};

const zh: VersionTexts = {
  toggle: '版本',
  title: '版本',
  close: '关闭版本',
  saveHeading: '保存版本',
  nameLabel: '版本名称',
  namePlaceholder: '例如：复盘会议前',
  save: '保存版本',
  saving: '正在保存…',
  saved: (name) => `已保存版本“${name}”。`,
  nameNeeded: '请先为版本命名。',
  readOnlyNoSave: '查看者和评论者可以打开版本，但不能保存或恢复。',
  listHeading: '已保存的版本',
  loading: '正在加载版本…',
  empty: '还没有版本。在做较大改动前保存一个；服务器也会每编辑一小时自动保存一个。',
  loadFailed: (reason) => `无法加载版本：${reason}。请检查网络后重试。`,
  retry: '重试',
  automatic: '自动版本',
  autoBadge: '自动',
  namedBadge: '已命名',
  by: (name) => `由 ${name} 保存`,
  editedBy: (names) => `自上一个版本以来由 ${names} 编辑`,
  openPrefix: '打开版本：',
  back: '全部版本',
  viewing: (when) => `看板在 ${when} 时的只读视图。与当前看板不同之处已标出。`,
  sections: { goals: '目标', ledger: '投入与产出', timeline: '时间线', measures: '措施' },
  collections: {
    goals: '目标',
    ledger: '收支明细',
    outcomes: '非金额产出',
    lanes: '泳道',
    events: '事件',
    measures: '措施',
  },
  summary: (changed, deleted, added) =>
    changed + deleted + added === 0
      ? '与当前看板相同。'
      : [
          changed ? `${changed} 行有改动` : '',
          deleted ? `此后删除了 ${deleted} 行` : '',
          added ? `此后新增了 ${added} 行` : '',
        ]
          .filter(Boolean)
          .join(' · '),
  stateChanged: '有改动',
  stateDeleted: '此后已删除',
  stateAdded: '此后新增',
  changedFields: (fields) => `现已不同：${fields}`,
  restoreItem: '恢复',
  restoreItemLabel: (name) => `从此版本恢复“${name}”`,
  restoreSection: '恢复这个板块',
  confirmRestore: (section, changed, deleted) =>
    `恢复“${section}”将${[
      changed ? `替换 ${changed} 行有改动的内容` : '',
      deleted ? `找回 ${deleted} 行已删除的内容` : '',
    ]
      .filter(Boolean)
      .join('，并')}。此后新增的行会保留。此操作可以撤销。`,
  nothingToRestore: '无需恢复：这个板块与当前看板相同。',
  confirm: '恢复',
  cancel: '取消',
  restoredSection: (section) => `已从版本恢复“${section}”。`,
  restoredItem: (name) => `已从版本恢复“${name}”。`,
  undo: '撤销',
  untitled: '（未命名）',
  notesHeading: '反思笔记',
  notesSummary: (changed) => (changed === 0 ? '与当前看板相同。' : `有 ${changed} 篇笔记与当前看板不同。`),
  eventNote: (title) => `事件“${title}”的笔记`,
  emptyNote: '（空）',
  noteGone: '当前看板上没有',
  restoreNote: '恢复笔记',
  restoreNoteLabel: (name) => `从此版本恢复“${name}”（替换当前笔记）`,
  restoredNote: (name) => `已从版本恢复“${name}”。`,
  columns: { keep: '保持', change: '调整', add: '新增' },
  fields: {
    label: '名称',
    title: '标题',
    target: '目标',
    actual: '实际',
    lastYear: '去年',
    amount: '金额',
    before: '之前',
    after: '之后',
    start: '开始',
    end: '结束',
    targetGmv: '目标 GMV',
    actualGmv: '实际 GMV',
    spend: '花费',
    verdict: '评价',
    text: '内容',
    column: '列',
    order: '位置',
    votes: '票数',
    subjectiveCause: '主观原因',
    objectiveCause: '客观原因',
    judgement: '我们的对策',
  },
};

export const useVersionText = areaTexts<VersionTexts>({ en, es, 'zh-CN': zh });
