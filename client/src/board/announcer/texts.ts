import { areaTexts } from '../../i18n/area.ts';
import { plural } from '../../i18n/plural.ts';

/** Words of the live announcements of others' changes ([A11Y-13]). */
export const useAnnouncerTexts = areaTexts({
  en: {
    changed: (name: string, facts: string) => `${name}: ${facts} (changed by someone else).`,
    card: (text: string) => `Card “${text}”`,
    inColumn: (column: string) => `now in ${column}`,
    thread: (author: string, text: string) => `Comment by ${author}, “${text}”`,
    threadOpen: 'open',
    messages: (count: number) => plural('en', count, { one: '# message', other: '# messages' }),
  },
  es: {
    changed: (name: string, facts: string) => `${name}: ${facts} (cambiado por otra persona).`,
    card: (text: string) => `Tarjeta «${text}»`,
    inColumn: (column: string) => `ahora en ${column}`,
    thread: (author: string, text: string) => `Comentario de ${author}, «${text}»`,
    threadOpen: 'abierto',
    messages: (count: number) => plural('es', count, { one: '# mensaje', other: '# mensajes' }),
  },
  'zh-CN': {
    changed: (name: string, facts: string) => `${name}：${facts}（他人已修改）。`,
    card: (text: string) => `卡片“${text}”`,
    inColumn: (column: string) => `现在位于“${column}”`,
    thread: (author: string, text: string) => `${author} 的评论“${text}”`,
    threadOpen: '未解决',
    messages: (count: number) => `${count} 条消息`,
  },
});
