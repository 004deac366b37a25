import { useState } from 'react';
import { currencyError, localeError } from './formatChoices.ts';
import { useBoardFormatText } from './texts.ts';

/**
 * A locale and currency being typed: errors show once the user tries to submit, then follow each keystroke.
 * `fieldProps` feed `FormatFields`; `validate()` says whether both values may be saved.
 */
export function useFormatDraft(initialLocale: string, initialCurrency: string) {
  const text = useBoardFormatText();
  const [locale, setLocale] = useState(initialLocale);
  const [currency, setCurrency] = useState(initialCurrency);
  const [checked, setChecked] = useState(false);
  const errors = { locale: localeError(text, locale), currency: currencyError(text, currency) };
  return {
    locale,
    currency,
    validate: () => {
      setChecked(true);
      return errors.locale === null && errors.currency === null;
    },
    fieldProps: {
      locale,
      currency,
      onLocale: setLocale,
      onCurrency: setCurrency,
      localeError: checked ? errors.locale : null,
      currencyError: checked ? errors.currency : null,
      valid: errors.locale === null && errors.currency === null,
    },
  };
}
