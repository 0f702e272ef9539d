// Every sentence the page or the core says for people, in one shape: a table of texts defined once
// in English (`defineTexts`, in a folder's `texts-en.ts`), and the same table in another language
// beside it (`translate`, in the folder's `texts-zh.ts`), type-checked for the same keys and
// parameters. The core says a sentence with `sayFrom` (its English `message` plus a `text`
// reference the page can show in the reader's language); the page reads a whole table in the
// reader's language (src/ui/i18n/texts.ts). OSS's own Codes and Messages are never texts: servers
// send them verbatim.
// https://help.aliyun.com/zh/oss/developer-reference/postobject

/**
 * The values a sentence is built from: numbers, field names, condition descriptions.
 *
 * @example const params: TextParams = { bytes: 1200, field: 'key' };
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export type TextParams = Readonly<Record<string, string | number>>;

/**
 * Which sentence, with which values: `id` is `<namespace>.<key>` (e.g. `checks.key.too-long`).
 *
 * @example const ref: TextRef = { id: 'checks.key.too-long', params: { max: 1023 } };
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export interface TextRef {
  id: string;
  params: TextParams;
}

/**
 * One text: a fixed string, or a function of its typed parameters.
 *
 * @example const text: TextEntry = (p: { count: number }) => `${p.count} problems`;
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
// `never`: any parameter type is accepted here; each entry declares its own.
export type TextEntry = string | ((params: never) => string);

/**
 * A table of texts, by key.
 *
 * @example const table: TextTable = { name: 'Verdict', problems: (p: { count: number }) => `${p.count} problems` };
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export type TextTable = Readonly<Record<string, TextEntry>>;

/**
 * A table as its readers see it, in any language: a string entry is any string (not the English
 * literal), a function keeps its parameter types. `translate` checks a translation against it, so
 * a missing or extra key, or a parameter of another type, is a TypeScript error.
 *
 * @example const zh: Translation<{ name: 'Verdict' }> = { name: '结论' };
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export type Translation<T extends TextTable> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K];
};

const NAMESPACES = new WeakMap<object, string>();
const ENGLISH_OF = new WeakMap<object, object>();

/**
 * Defines a table of texts in English under a namespace that no other table uses (the audit in
 * test/texts checks that). The table is the English itself: code in English can read it directly.
 *
 * @example
 * const VERDICT_TEXTS = defineTexts('verdict', { name: 'Verdict', problems: (p: { count: number }) => `${p.count} problems` });
 * VERDICT_TEXTS.problems({ count: 2 }) // '2 problems'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export function defineTexts<T extends TextTable>(namespace: string, table: T): Translation<T> {
  const defined = Object.freeze({ ...table }) as Translation<T>;
  NAMESPACES.set(defined, namespace);
  return defined;
}

/**
 * The same table in another language: every key of the English, no other key, the same parameters.
 *
 * @example
 * const VERDICT_TEXTS_ZH = translate(VERDICT_TEXTS, { name: '结论', problems: (p) => `${p.count} 个问题` });
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export function translate<T extends TextTable>(
  english: T,
  table: NoInfer<Translation<T>>,
): Translation<T> {
  const translated = Object.freeze({ ...table }) as Translation<T>;
  const namespace = NAMESPACES.get(english);
  if (namespace === undefined)
    throw new TypeError('translate: the English table is not defineTexts');
  NAMESPACES.set(translated, namespace);
  ENGLISH_OF.set(translated, english);
  return translated;
}

/**
 * The namespace a table was defined or translated under, or undefined for any other value.
 *
 * @example namespaceOf(defineTexts('verdict', { name: 'Verdict' })) // 'verdict'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export function namespaceOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null ? NAMESPACES.get(value) : undefined;
}

/**
 * The English table a translation translates, or undefined when the value is not a translation.
 *
 * @example englishOf(translate(VERDICT_TEXTS, { name: '结论' })) === VERDICT_TEXTS // true
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export function englishOf(value: unknown): TextTable | undefined {
  return typeof value === 'object' && value !== null
    ? (ENGLISH_OF.get(value) as TextTable | undefined)
    : undefined;
}

type Say = (params: TextParams) => string;

/**
 * One text of a table with its parameters: a string entry as it is, a function called.
 *
 * @example sayEntry((p: { n: number }) => `${p.n} bytes`, { n: 5 }) // '5 bytes'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export function sayEntry(entry: TextEntry, params: TextParams = {}): string {
  return typeof entry === 'string' ? entry : (entry as unknown as Say)(params);
}

/**
 * Says a sentence from an English table: the English `message` and the `text` reference the page
 * uses to show it in another language. The one way the core writes a translatable sentence.
 *
 * @example
 * const say = sayFrom(defineTexts('checks', { 'key-too-long': (p: { bytes: number }) => `The key is ${p.bytes} bytes.` }));
 * say('key-too-long', { bytes: 1200 })
 * // { message: 'The key is 1200 bytes.', text: { id: 'checks.key-too-long', params: { bytes: 1200 } } }
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export function sayFrom<T extends TextTable>(table: T) {
  const namespace = NAMESPACES.get(table);
  if (namespace === undefined) throw new TypeError('sayFrom: the table is not defineTexts');
  return <K extends keyof T & string>(
    key: K,
    ...params: T[K] extends () => string ? [] : T[K] extends (p: infer P) => string ? [P] : []
  ): { message: string; text: TextRef } => {
    const values = (params[0] ?? {}) as TextParams;
    return {
      message: sayEntry(table[key], values),
      text: { id: `${namespace}.${key}`, params: values },
    };
  };
}

/**
 * A text in the reader's language: looks the reference up in the given tables (namespace → table)
 * and falls back to the English message when a table or key is missing (never a blank).
 *
 * @example
 * localizeText({ message: 'The key is empty.', text: { id: 'checks.key-empty', params: {} } },
 *   { checks: { 'key-empty': () => 'Object 名称为空。' } })
 * // 'Object 名称为空。'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export function localizeText(
  item: { message: string; text?: TextRef },
  tables: Readonly<Record<string, TextTable>> | undefined,
): string {
  if (!item.text || !tables) return item.message;
  const dot = item.text.id.indexOf('.');
  const entry = tables[item.text.id.slice(0, dot)]?.[item.text.id.slice(dot + 1)];
  if (entry === undefined) return item.message;
  try {
    return sayEntry(entry, item.text.params);
  } catch {
    return item.message;
  }
}
