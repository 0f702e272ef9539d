import { createI18n } from '@nanostores/i18n';
import { localeStore } from './locale.ts';

/**
 * The message catalogue: each folder defines its English messages beside its components
 * (`messages.ts`); other languages load on demand from their JSON file, so an English reader
 * never downloads them. A message missing there falls back to English.
 */
export const i18n = createI18n(localeStore, {
  baseLocale: 'en',
  // import(): the Chinese catalogue is its own chunk, fetched only when Chinese is chosen.
  get: async () => (await import('./zh-CN.json')).default,
});
