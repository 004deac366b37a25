import { useId } from 'react';
import { chooseLanguage, LANGUAGE_NAMES, LANGUAGES, type Language, useI18n } from '../i18n/index.tsx';

/** Switches the UI language for this user (numbers keep the board's locale). */
export function LanguagePicker() {
  const { t, language } = useI18n();
  const id = useId();
  return (
    <span className="language-picker">
      <label htmlFor={id} className="visually-hidden">
        {t.app.language}
      </label>
      <select
        id={id}
        className="select-compact"
        value={language}
        title={t.app.language}
        onChange={(event) => chooseLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </span>
  );
}
