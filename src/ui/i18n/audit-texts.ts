import type { TextTable } from '../../oss/index.ts';

/** A module's exports by name, as `import.meta.glob` gives them. */
export type TextsModule = Readonly<Record<string, unknown>>;

/** What tells a table's namespace and, for a translation, the English table it translates. */
export interface TextsIdentity {
  namespaceOf: (value: unknown) => string | undefined;
  englishOf: (value: unknown) => TextTable | undefined;
}

/** What is wrong with the texts, each fault as a line naming the file, table or `namespace.key`. */
export interface TextsFaults {
  /** An export named like a table that defineTexts/translate did not make, or a table named otherwise. */
  names: string[];
  /** A namespace two tables use. */
  duplicates: string[];
  /** An English table without a translation beside it. */
  untranslated: string[];
  /** A key of the English table the translation lacks. */
  missing: string[];
  /** A key of a translation the English table does not have. */
  extra: string[];
  /** A translated entry that is empty, or of another kind (string for function or back). */
  empty: string[];
  /** A translated entry with no Chinese, or with English prose left in it. */
  english: string[];
  /** A translated entry that drops or invents a parameter. */
  params: string[];
}

const CJK = /[\u3400-\u9fff]/;
const WORDS = /[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}/;

/**
 * The export name of a namespace's English table: `ui.snippets` → `UI_SNIPPETS_TEXTS`; its
 * translation adds `_ZH`.
 *
 * @example tableName('field-why') // 'FIELD_WHY_TEXTS'
 */
export function tableName(namespace: string): string {
  return `${namespace.replace(/[.-]/g, '_').toUpperCase()}_TEXTS`;
}

// Every parameter a text reads comes back as `{name}`, so the texts of two languages can be
// compared without knowing each entry's parameter types.
const PLACEHOLDERS: Readonly<Record<string, unknown>> = new Proxy(
  {},
  { get: (_target, key) => (typeof key === 'string' ? `{${key}}` : undefined) },
);

/** An entry said with placeholders, or undefined when it cannot be said without real values. */
function sayWithPlaceholders(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  if (typeof entry !== 'function') return undefined;
  try {
    const text: unknown = (entry as (params: unknown) => unknown)(PLACEHOLDERS);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined; // needs a list or a number: the folder's own test gives it samples
  }
}

const paramsOf = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort().join(',');

/** The English file a translation file sits beside: `a/texts-zh.ts` → `a/texts-en.ts`. */
const englishFileOf = (file: string) => file.replace(/texts-zh\.ts$/, 'texts-en.ts');

/**
 * Audits every table of texts: each `*_TEXTS` export of a texts-en.ts is made by defineTexts and
 * named after its namespace, each namespace used once; each English table has a translation (its
 * name plus `_ZH`) in the texts-zh.ts beside it, with the same keys; and each translated entry
 * says something in Chinese (but the `sameEverywhere` ids, names such as the product's), leaves no
 * English prose (`findLeftovers`) and keeps every parameter of the English.
 *
 * @example auditTexts({ 'a/texts-en.ts': { A_TEXTS } }, {}, identity, () => [], []).untranslated // ['a']
 */
export function auditTexts(
  englishModules: Readonly<Record<string, TextsModule>>,
  chineseModules: Readonly<Record<string, TextsModule>>,
  identity: TextsIdentity,
  findLeftovers: (text: string) => string[],
  sameEverywhere: readonly string[],
): TextsFaults {
  const faults: TextsFaults = {
    names: [],
    duplicates: [],
    untranslated: [],
    missing: [],
    extra: [],
    empty: [],
    english: [],
    params: [],
  };
  const english = new Map<string, { file: string; name: string; table: TextTable }>();
  for (const [file, module] of Object.entries(englishModules)) {
    for (const [name, value] of Object.entries(module)) {
      const namespace = identity.namespaceOf(value);
      if (namespace === undefined) {
        if (name.endsWith('_TEXTS')) faults.names.push(`${file} ${name}: not made by defineTexts`);
        continue;
      }
      if (name !== tableName(namespace))
        faults.names.push(
          `${file} ${name}: namespace '${namespace}' wants ${tableName(namespace)}`,
        );
      const other = english.get(namespace);
      if (other)
        faults.duplicates.push(`${namespace}: ${other.file} ${other.name}, ${file} ${name}`);
      else english.set(namespace, { file, name, table: value as TextTable });
    }
  }

  const translated = new Set<string>();
  for (const [file, module] of Object.entries(chineseModules)) {
    for (const [name, value] of Object.entries(module)) {
      const base = identity.englishOf(value);
      if (base === undefined) {
        if (name.endsWith('_ZH') && name.includes('_TEXTS'))
          faults.names.push(`${file} ${name}: not made by translate`);
        continue;
      }
      const namespace = identity.namespaceOf(base)!;
      const home = english.get(namespace);
      if (!home || home.table !== base) continue; // a duplicate namespace, reported above
      if (name !== `${home.name}_ZH` || englishFileOf(file) !== home.file)
        faults.names.push(`${file} ${name}: translates ${home.name}, beside ${home.file}`);
      translated.add(namespace);
      auditTable(namespace, base, value as TextTable, faults, findLeftovers, sameEverywhere);
    }
  }
  for (const namespace of english.keys())
    if (!translated.has(namespace)) faults.untranslated.push(namespace);
  return faults;
}

function auditTable(
  namespace: string,
  base: TextTable,
  translation: TextTable,
  faults: TextsFaults,
  findLeftovers: (text: string) => string[],
  sameEverywhere: readonly string[],
): void {
  for (const key of Object.keys(translation))
    if (!(key in base)) faults.extra.push(`${namespace}.${key}`);
  for (const [key, entry] of Object.entries(base)) {
    const id = `${namespace}.${key}`;
    const chinese = translation[key];
    if (chinese === undefined) {
      faults.missing.push(id);
      continue;
    }
    if (typeof chinese !== typeof entry) {
      faults.empty.push(`${id}: a ${typeof chinese} for a ${typeof entry}`);
      continue;
    }
    const said = sayWithPlaceholders(chinese);
    const saidEnglish = sayWithPlaceholders(entry);
    if (said === undefined || saidEnglish === undefined) continue;
    if (said.trim() === '') {
      faults.empty.push(id);
      continue;
    }
    if (!sameEverywhere.includes(id)) {
      const prose = (text: string) => findLeftovers(text.replace(/\{\w+\}/g, 'X'));
      // Chinese is wanted where the English has words (`key: {key}` is the same in every language).
      if (!CJK.test(said) && WORDS.test(saidEnglish.replace(/\{\w+\}/g, 'X')))
        faults.english.push(`${id}: no Chinese in ${JSON.stringify(said)}`);
      else if (CJK.test(said) && prose(said).length > 0)
        faults.english.push(`${id}: ${prose(said).join(' | ')}`);
    }
    const wanted = paramsOf(saidEnglish);
    const got = paramsOf(said);
    if (wanted !== got) faults.params.push(`${id}: ${wanted} → ${got}`);
  }
}
