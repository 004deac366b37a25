import { areaTexts } from '../../i18n/area.ts';
import { plural } from '../../i18n/plural.ts';

const en = {
  heading: 'Comment threads',
  summary: (differing: number) =>
    differing === 0
      ? 'Same as the live board.'
      : `${plural('en', differing, { one: '# thread differs', other: '# threads differ' })} from the live board.`,
  details: (messages: number, newer: number) =>
    [
      messages ? plural('en', messages, { one: '# message as it was', other: '# messages as they were' }) : '',
      newer ? `${plural('en', newer, { one: '# message', other: '# messages' })} written since, kept` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  restoreAll: 'Restore comment threads',
  confirm: (changed: number, deleted: number) =>
    `For everyone, this ${[
      changed ? `puts back ${plural('en', changed, { one: '# changed thread', other: '# changed threads' })}` : '',
      deleted ? `brings back ${plural('en', deleted, { one: '# deleted thread', other: '# deleted threads' })}` : '',
    ]
      .filter(Boolean)
      .join(' and ')} as they were, with everyone’s messages. Messages and threads written since are kept. ` +
    'The board as it is now is saved as a version first: restore from it to take this back.',
  restoreOne: 'Restore',
  restoreOneLabel: (name: string) => `Restore the thread “${name}” from this version`,
  beforeName: (version: string) => `Before restoring comment threads from “${version}”`,
  restored: (count: number) =>
    `${plural('en', count, { one: '# comment thread', other: '# comment threads' })} restored. The board as it was is saved as a version.`,
  failed: (reason: string) => `The comment threads could not be restored: ${reason}`,
  facilitatorOnly: 'Only the facilitator restores comment threads (they hold everyone’s messages).',
};

type ThreadTexts = typeof en;

const es: ThreadTexts = {
  heading: 'Hilos de comentarios',
  summary: (differing) =>
    differing === 0
      ? 'Igual que el tablero actual.'
      : `${plural('es', differing, { one: '# hilo difiere', other: '# hilos difieren' })} del tablero actual.`,
  details: (messages, newer) =>
    [
      messages ? plural('es', messages, { one: '# mensaje como estaba', other: '# mensajes como estaban' }) : '',
      newer
        ? `${plural('es', newer, { one: '# mensaje escrito después, se conserva', other: '# mensajes escritos después, se conservan' })}`
        : '',
    ]
      .filter(Boolean)
      .join(' · '),
  restoreAll: 'Restaurar los hilos de comentarios',
  confirm: (changed, deleted) =>
    `Para todos, esto ${[
      changed ? `repone ${plural('es', changed, { one: '# hilo cambiado', other: '# hilos cambiados' })}` : '',
      deleted ? `recupera ${plural('es', deleted, { one: '# hilo borrado', other: '# hilos borrados' })}` : '',
    ]
      .filter(Boolean)
      .join(' y ')} como estaban, con los mensajes de todos. Se conservan los mensajes e hilos escritos después. ` +
    'Antes se guarda el tablero actual como versión: restaura desde ella para deshacerlo.',
  restoreOne: 'Restaurar',
  restoreOneLabel: (name) => `Restaurar el hilo «${name}» desde esta versión`,
  beforeName: (version) => `Antes de restaurar los hilos de «${version}»`,
  restored: (count) =>
    `${plural('es', count, { one: '# hilo de comentarios restaurado', other: '# hilos de comentarios restaurados' })}. El tablero anterior se guardó como versión.`,
  failed: (reason) => `No se pudieron restaurar los hilos de comentarios: ${reason}`,
  facilitatorOnly: 'Solo quien facilita restaura los hilos de comentarios (contienen los mensajes de todos).',
};

const zh: ThreadTexts = {
  heading: '评论讨论',
  summary: (differing) => (differing === 0 ? '与当前看板相同。' : `${differing} 个讨论与当前看板不同。`),
  details: (messages, newer) =>
    [messages ? `${messages} 条消息恢复原样` : '', newer ? `之后写的 ${newer} 条消息保留` : '']
      .filter(Boolean)
      .join(' · '),
  restoreAll: '恢复评论讨论',
  confirm: (changed, deleted) =>
    `这将为所有人${[changed ? `还原 ${changed} 个已更改的讨论` : '', deleted ? `找回 ${deleted} 个已删除的讨论` : '']
      .filter(Boolean)
      .join(
        '并',
      )}，连同每个人的消息。之后写的消息和讨论会保留。恢复前会先把当前看板保存为一个版本：从该版本恢复即可撤回。`,
  restoreOne: '恢复',
  restoreOneLabel: (name) => `从此版本恢复讨论“${name}”`,
  beforeName: (version) => `恢复“${version}”的评论讨论之前`,
  restored: (count) => `已恢复 ${count} 个评论讨论。恢复前的看板已保存为版本。`,
  failed: (reason) => `无法恢复评论讨论：${reason}`,
  facilitatorOnly: '只有主持人可以恢复评论讨论（其中有每个人的消息）。',
};

export const useThreadRestoreText = areaTexts<ThreadTexts>({ en, es, 'zh-CN': zh });
