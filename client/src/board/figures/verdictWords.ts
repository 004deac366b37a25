import type { Verdict } from '@balanza/model';
import type { Language } from '../../i18n/index.tsx';

/** The word of each verdict, shown beside its icon wherever a campaign is judged (never colour alone). */
export const VERDICT_WORDS: Record<Language, Record<Verdict, string>> = {
  en: { unjudged: 'Unjudged', highlight: 'Highlight', shortfall: 'Shortfall', neutral: 'Neutral' },
  es: { unjudged: 'Sin valorar', highlight: 'Punto fuerte', shortfall: 'Deficiencia', neutral: 'Neutral' },
  'zh-CN': { unjudged: '未评价', highlight: '亮点', shortfall: '不足', neutral: '一般' },
};
