import { atom } from 'nanostores';

/** The languages the page speaks; English is the base every message is written in. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'oss-postobject-builder.locale';

/**
 * The page's language for a browser language list: any `zh*` → 简体中文, anything else English.
 * @example pickLocale(['zh-TW', 'en']) // 'zh-CN'
 */
export function pickLocale(languages: readonly string[]): Locale {
  return languages[0]?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

function readStoredLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null; // storage blocked (privacy mode): the browser's language decides
  }
}

function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : [nav.language];
}

/** The chosen language: remembered choice, else the browser's. */
export const localeStore = atom<Locale>(readStoredLocale() ?? pickLocale(browserLanguages()));

/** Switches the page's language, remembers it (it is not a secret) and sets `<html lang>`. */
export function chooseLocale(locale: Locale): void {
  localeStore.set(locale);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // storage blocked: the choice lasts for this visit
  }
}

/** Keeps `<html lang>` on the chosen language. */
export function followLocaleInDocument(): () => void {
  return localeStore.subscribe((locale) => {
    document.documentElement.lang = locale;
  });
}
