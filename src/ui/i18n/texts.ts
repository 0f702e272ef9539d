import { atom } from 'nanostores';
import { englishOf, namespaceOf, type TextTable } from '../../oss/index.ts';
import { localeStore } from './locale.ts';
import { useStore } from './use-store.ts';

// The one loader of every translation the page and the core have: each folder's texts-zh.ts (a
// `translate(<ENGLISH>_TEXTS, …)` table beside its texts-en.ts; a lazily loaded part's is
// <part>-texts-zh.ts), in src/oss, src/ui and src/app alike. They load with import(), in chunks of
// their own, only once the reader chooses 简体中文, so an English reader downloads none of them.
const CHINESE_MODULES = import.meta.glob<Readonly<Record<string, unknown>>>('/src/**/*texts-zh.ts');

/** Translated tables by namespace (`verdict`, `checks`, `catalog`, …). */
export type TranslatedTables = Readonly<Record<string, TextTable>>;

/**
 * Every translation the given modules export, by the namespace of the English table it translates;
 * other exports (helpers, types' values) are left out.
 *
 * @example translationsIn([{ VERDICT_TEXTS_ZH }]) // { verdict: VERDICT_TEXTS_ZH }
 */
export function translationsIn(modules: readonly Readonly<Record<string, unknown>>[]) {
  const tables: Record<string, TextTable> = {};
  for (const module of modules) {
    for (const value of Object.values(module)) {
      if (englishOf(value) !== undefined) tables[namespaceOf(value)!] = value as TextTable;
    }
  }
  return tables;
}

// The Chinese tables once loaded (undefined until then, and for a reader who never chose Chinese).
const chineseStore = atom<TranslatedTables | undefined>(undefined);
let loading: Promise<void> | undefined;

/**
 * Loads every Chinese table once (later calls share the first load); a failed load is tried again
 * on the next call, and the page stays in English meanwhile (never a blank).
 */
export function loadChineseTexts(): Promise<void> {
  loading ??= loadChinese(Object.values(CHINESE_MODULES)).catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Loads these Chinese modules and adds their tables to those already loaded. */
async function loadChinese(loads: readonly (() => Promise<Readonly<Record<string, unknown>>>)[]) {
  const modules = await Promise.all(loads.map((load) => load()));
  chineseStore.set({ ...chineseStore.get(), ...translationsIn(modules) });
}

/**
 * Loads only the Chinese tables of these texts-zh.ts files (paths from the project root), for a
 * part of the page shown before the rest has loaded (main.tsx's first paint); the others stay
 * English until loadChineseTexts. A failed load leaves them English (never a blank).
 *
 * @example await loadChineseTextsOf(['/src/app/header/texts-zh.ts'])
 */
export async function loadChineseTextsOf(paths: readonly string[]): Promise<void> {
  if (localeStore.get() !== 'zh-CN') return;
  const loads = paths.map((path) => CHINESE_MODULES[path]).filter((load) => load !== undefined);
  await loadChinese(loads).catch(() => undefined);
}

// Choosing 简体中文 starts the load (and so does a reader whose language it already is).
localeStore.subscribe((locale) => {
  if (locale === 'zh-CN') void loadChineseTexts();
});

/**
 * Loads the reader's texts before the page's first render (main.tsx), so a Chinese reader's page
 * is Chinese from its first paint: no English flash, no layout shift. English needs nothing.
 */
export async function preloadTexts(): Promise<void> {
  if (localeStore.get() === 'zh-CN') await loadChineseTexts();
}

/**
 * A table in the language of the given translations: the translation of its namespace, or the
 * English table itself when there is none (English reader, not loaded yet, load failed).
 *
 * @example textsIn(VERDICT_TEXTS, { verdict: VERDICT_TEXTS_ZH }).name // '结论'
 */
export function textsIn<T extends TextTable>(table: T, tables: TranslatedTables | undefined): T {
  const namespace = namespaceOf(table);
  return ((namespace === undefined ? undefined : tables?.[namespace]) as T | undefined) ?? table;
}

/** The translations of the reader's language now (undefined for English or until loaded). */
export function translationsNow(): TranslatedTables | undefined {
  return localeStore.get() === 'zh-CN' ? chineseStore.get() : undefined;
}

/**
 * A table in the reader's language now, outside a component (an event handler, a query): the
 * same as useTexts without re-rendering when the language changes.
 *
 * @example textsNow(VERDICT_TEXTS).name // 'Verdict' for an English reader
 */
export function textsNow<T extends TextTable>(table: T): T {
  return textsIn(table, translationsNow());
}

/** The translations of the reader's language in a component, re-rendering when either changes. */
export function useTranslations(): TranslatedTables | undefined {
  const locale = useStore(localeStore);
  const chinese = useStore(chineseStore);
  return locale === 'zh-CN' ? chinese : undefined;
}

/**
 * A table in the reader's language, in a component: English until the Chinese has loaded (never
 * a blank), then Chinese; it re-renders when the reader switches.
 *
 * @example const texts = useTexts(VERDICT_TEXTS); texts.oneProblem({ first: 'key' })
 */
export function useTexts<T extends TextTable>(table: T): T {
  return textsIn(table, useTranslations());
}
