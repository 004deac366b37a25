import { useId, useMemo } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { safeNumberFormats } from '../../i18n/numbers.ts';
import { COMMON_CURRENCIES, COMMON_LOCALES } from './formatChoices.ts';
import { useBoardFormatText } from './texts.ts';

interface FormatFieldsProps {
  locale: string;
  currency: string;
  onLocale: (locale: string) => void;
  onCurrency: (currency: string) => void;
  /** The reason each value is refused, shown under its field (null when it is fine). */
  localeError: string | null;
  currencyError: string | null;
  /** Both values are valid (shown as errors or not yet): only then is the preview drawn, as Intl throws on a bad tag. */
  valid: boolean;
}

const SAMPLE_AMOUNT = 1234.5;
const SAMPLE_DATE = new Date(Date.UTC(2026, 10, 20));

/**
 * A board's locale and currency: free entry with common choices offered (a datalist), each refusal said
 * under its field, and a preview of money and a date as the board would show them.
 */
export function FormatFields({
  locale,
  currency,
  onLocale,
  onCurrency,
  localeError,
  currencyError,
  valid,
}: FormatFieldsProps) {
  const text = useBoardFormatText();
  const { language } = useI18n();
  const names = useMemo(() => new Intl.DisplayNames(language, { type: 'language' }), [language]);
  const preview = useMemo(() => {
    if (!valid) return null;
    const money = safeNumberFormats(locale, currency).value('money', SAMPLE_AMOUNT);
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' }).format(SAMPLE_DATE);
    return `${money} · ${date}`;
  }, [locale, currency, valid]);

  return (
    <div className="format-fields">
      <ChoiceField
        name="locale"
        label={text.locale}
        help={text.localeHelp}
        error={localeError}
        value={locale}
        maxLength={64}
        choices={COMMON_LOCALES.map((tag) => ({ value: tag, label: names.of(tag) }))}
        onChange={(value) => onLocale(value.trim())}
      />
      <ChoiceField
        name="currency"
        label={text.currency}
        help={text.currencyHelp}
        error={currencyError}
        value={currency}
        maxLength={3}
        choices={COMMON_CURRENCIES.map((code) => ({ value: code }))}
        onChange={(value) => onCurrency(value.trim().toUpperCase())}
      />
      {preview && (
        <p className="format-preview muted small" data-testid="format-preview">
          {text.preview}: <span>{preview}</span>
        </p>
      )}
    </div>
  );
}

interface ChoiceFieldProps {
  name: string;
  label: string;
  help: string;
  error: string | null;
  value: string;
  maxLength: number;
  choices: Array<{ value: string; label?: string }>;
  onChange: (value: string) => void;
}

/** A text field offering common choices; its help line becomes the error (an alert) when the value is refused. */
function ChoiceField({ name, label, help, error, value, maxLength, choices, onChange }: ChoiceFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        data-testid={`format-${name}`}
        list={`${id}-choices`}
        value={value}
        maxLength={maxLength}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error !== null}
        aria-describedby={`${id}-help`}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={`${id}-choices`}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </datalist>
      <p id={`${id}-help`} className={error ? 'field-error' : 'muted small'} role={error ? 'alert' : undefined}>
        {error ?? help}
      </p>
    </div>
  );
}
