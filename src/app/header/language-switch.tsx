import { useEffect } from 'react';
import { useStore } from '../../ui/i18n/use-store.ts';
import {
  chooseLocale,
  followLocaleInDocument,
  LOCALES,
  localeStore,
  type Locale,
} from '../../ui/i18n/locale.ts';
import { HEADER_TEXTS } from './texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

// Each language named in itself, so a reader finds theirs whatever the page speaks now.
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** The header's language choice; `<html lang>` follows it. */
export function LanguageSwitch() {
  const locale = useStore(localeStore);
  const texts = useTexts(HEADER_TEXTS);
  useEffect(() => followLocaleInDocument(), []);
  return (
    <span className="language-switch">
      <label htmlFor="language" className="visually-hidden">
        {texts.language}
      </label>
      <select
        id="language"
        value={locale}
        onChange={(event) => chooseLocale(event.target.value as Locale)}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </span>
  );
}
