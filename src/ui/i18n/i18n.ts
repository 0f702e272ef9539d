import { createI18n, type ComponentsJSON } from '@nanostores/i18n';
import { localeStore } from './locale.ts';

// Each catalogue file of a language holds the translations of some folders' messages; together they
// cover every message. They load with import(), in chunks of their own, only when that language is
// chosen, so an English reader never downloads them.
const CHINESE_FILES = import.meta.glob<{ default: ComponentsJSON }>('./zh-CN/*.json');

/**
 * The Chinese catalogue: every file under ./zh-CN (a component's messages live in one file). Each
 * component asked for gets an entry even when no file has it: @nanostores/i18n switches the page
 * only once every component it asked for has arrived, so one untranslated component would
 * otherwise keep the whole page in English (its messages fall back to English one by one instead).
 */
export async function loadChineseCatalogue(
  _code: string,
  components: readonly string[] = [],
): Promise<ComponentsJSON[]> {
  const files = await Promise.all(Object.values(CHINESE_FILES).map((load) => load()));
  const asked: ComponentsJSON = Object.fromEntries(components.map((name) => [name, {}]));
  return [asked, ...files.map((file) => file.default)];
}

/**
 * The message catalogue: each folder defines its English messages beside its components
 * (`messages.ts`, in src/app and src/ui alike); other languages load on demand from their JSON
 * files. A message missing there falls back to English.
 */
export const i18n = createI18n(localeStore, {
  baseLocale: 'en',
  get: loadChineseCatalogue,
});
