import { i18n, loadChineseCatalogue } from './i18n.ts';
import { localeStore } from './locale.ts';

/**
 * Loads the reader's catalogue before the page's first render (main.tsx), for every component
 * defined so far, so a Chinese reader's page is Chinese from its first paint: no English flash,
 * and no layout shift when the text changes. English needs nothing; a failed load leaves the
 * components to ask for their texts as usual (English until they arrive).
 */
export async function preloadCatalogue(): Promise<void> {
  const code = localeStore.get();
  if (code === 'en') return;
  const components = Object.keys(i18n.cache.en ?? {});
  try {
    const files = await loadChineseCatalogue(code, components);
    i18n.cache[code] = Object.assign({}, i18n.cache[code], ...files);
  } catch {
    // left to the components' own requests
  }
}
