/** Messages by component, then by key: `{ "ui.checks": { "docs": "OSS docs" } }`. */
export type Catalogue = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** What is wrong with a translation, each fault as `component.key` (with detail where it helps). */
export interface CatalogueFaults {
  missing: string[];
  empty: string[];
  english: string[];
  params: string[];
  orphans: string[];
}

const PARAM = /\{(\w+)\}/g;

function paramsOf(text: string): string {
  return [...new Set([...text.matchAll(PARAM)].map((match) => `{${match[1]}}`))].sort().join(',');
}

/**
 * Compares a translation with the English messages: every key translated, no entry empty or left
 * in English (but the `sameEverywhere` keys, names such as the product's), every `{param}` kept,
 * and no entry that no message has.
 * @example auditCatalogue({ c: { a: 'Upload' } }, { c: {} }, findEnglishLeftovers, []).missing // ['c.a']
 */
export function auditCatalogue(
  english: Catalogue,
  translation: Catalogue,
  findLeftovers: (text: string) => string[],
  sameEverywhere: readonly string[],
): CatalogueFaults {
  const faults: CatalogueFaults = { missing: [], empty: [], english: [], params: [], orphans: [] };
  for (const [component, messages] of Object.entries(english)) {
    for (const [key, base] of Object.entries(messages)) {
      const id = `${component}.${key}`;
      const text = translation[component]?.[key];
      if (text === undefined) faults.missing.push(id);
      else if (typeof text !== 'string' || text.trim() === '') faults.empty.push(id);
      else {
        const leftovers = sameEverywhere.includes(id) ? [] : findLeftovers(text);
        if (leftovers.length > 0) faults.english.push(`${id}: ${leftovers.join(' | ')}`);
        const wanted = paramsOf(String(base));
        const got = paramsOf(text);
        if (wanted !== got) faults.params.push(`${id}: ${wanted} → ${got}`);
      }
    }
  }
  for (const [component, messages] of Object.entries(translation)) {
    for (const key of Object.keys(messages)) {
      if (english[component]?.[key] === undefined) faults.orphans.push(`${component}.${key}`);
    }
  }
  return faults;
}
