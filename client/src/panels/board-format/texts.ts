import { areaTexts } from '../../i18n/area.ts';

/** Words of a board's locale and currency: the fields, their errors and the settings dialog. */
export const useBoardFormatText = areaTexts({
  en: {
    locale: 'Number and date format',
    localeHelp:
      'A language and region, such as en-GB, es-MX or zh-CN: it shapes numbers, dates and money for everyone.',
    localeMalformed: (tag: string) =>
      `“${tag}” is not a locale. Write a language and an optional region, e.g. en-GB, es-MX or zh-CN.`,
    localeNotCanonical: (tag: string, canonical: string) => `Write “${tag}” as “${canonical}”.`,
    localeUnsupported: (tag: string) =>
      `Numbers and dates cannot be shown in “${tag}”. Choose one such as en-GB, es-MX or zh-CN.`,
    currency: 'Currency',
    currencyHelp: 'An ISO 4217 code, such as CNY, EUR, USD or MXN.',
    currencyMalformed: (code: string) => `“${code}” is not a currency code. Write 3 letters, e.g. CNY, EUR or MXN.`,
    currencyUnknown: (code: string) => `“${code}” is not a known ISO 4217 currency code.`,
    preview: 'Shown as',
    open: (currency: string, locale: string) => `Numbers: ${currency}, ${locale}. Change the board's format`,
    title: 'Numbers, dates and money',
    intro: 'How this board shows its figures, for everyone on it. Your own UI language is in the language menu.',
    save: 'Save',
    cancel: 'Cancel',
  },
  es: {
    locale: 'Formato de números y fechas',
    localeHelp: 'Un idioma y una región, como en-GB, es-MX o zh-CN: define números, fechas y dinero para todos.',
    localeMalformed: (tag: string) =>
      `«${tag}» no es una configuración regional. Escribe un idioma y, si quieres, una región, p. ej. en-GB, es-MX o zh-CN.`,
    localeNotCanonical: (tag: string, canonical: string) => `Escribe «${tag}» como «${canonical}».`,
    localeUnsupported: (tag: string) =>
      `No se pueden mostrar números y fechas en «${tag}». Elige una como en-GB, es-MX o zh-CN.`,
    currency: 'Moneda',
    currencyHelp: 'Un código ISO 4217, como CNY, EUR, USD o MXN.',
    currencyMalformed: (code: string) =>
      `«${code}» no es un código de moneda. Escribe 3 letras, p. ej. CNY, EUR o MXN.`,
    currencyUnknown: (code: string) => `«${code}» no es un código de moneda ISO 4217 conocido.`,
    preview: 'Se muestra así',
    open: (currency: string, locale: string) => `Números: ${currency}, ${locale}. Cambiar el formato del tablero`,
    title: 'Números, fechas y dinero',
    intro:
      'Cómo muestra sus cifras este tablero, para todos. Tu propio idioma de la interfaz está en el menú de idioma.',
    save: 'Guardar',
    cancel: 'Cancelar',
  },
  'zh-CN': {
    locale: '数字和日期格式',
    localeHelp: '语言和地区代码，例如 en-GB、es-MX 或 zh-CN：决定所有人看到的数字、日期和金额格式。',
    localeMalformed: (tag: string) =>
      `“${tag}”不是有效的区域设置。请填写语言代码，可加地区，例如 en-GB、es-MX 或 zh-CN。`,
    localeNotCanonical: (tag: string, canonical: string) => `请将“${tag}”写作“${canonical}”。`,
    localeUnsupported: (tag: string) => `无法以“${tag}”显示数字和日期。请选择 en-GB、es-MX 或 zh-CN 等。`,
    currency: '货币',
    currencyHelp: 'ISO 4217 货币代码，例如 CNY、EUR、USD 或 MXN。',
    currencyMalformed: (code: string) => `“${code}”不是货币代码。请填写 3 个字母，例如 CNY、EUR 或 MXN。`,
    currencyUnknown: (code: string) => `“${code}”不是已知的 ISO 4217 货币代码。`,
    preview: '显示效果',
    open: (currency: string, locale: string) => `数字格式：${currency}，${locale}。修改看板格式`,
    title: '数字、日期和金额',
    intro: '这个看板为所有人显示数据的方式。你自己的界面语言请在语言菜单中选择。',
    save: '保存',
    cancel: '取消',
  },
});
