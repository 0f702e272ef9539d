// Sentences the core writes for people (check findings, problems, notes), by id and parameters, so
// the page can show each one in the reader's language. English is the one home of each sentence
// (a `<folder>/texts-en.ts` table); other languages are tables of the same shape that the page loads
// on demand, so an English reader downloads no Chinese. OSS's own Codes and Messages are never texts:
// servers send them verbatim.
// https://help.aliyun.com/zh/oss/developer-reference/postobject

/**
 * The values a sentence is built from: numbers, field names, condition descriptions.
 *
 * @example const params: TextParams = { bytes: 1200, field: 'key' };
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export type TextParams = Readonly<Record<string, string | number>>;

/**
 * Which sentence, with which values: `id` is `<table>.<key>` (e.g. `checks.key-too-long`).
 *
 * @example const ref: TextRef = { id: 'checks.key-too-long', params: { bytes: 1200 } };
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export interface TextRef {
  id: string;
  params: TextParams;
}

/**
 * A table of sentences: each key a function of its parameters. A translation has the same keys and
 * parameter types (`{ [K in keyof typeof EN]: (typeof EN)[K] }`), so TypeScript finds a missing one.
 *
 * @example
 * const CHECK_TEXTS = { 'key-empty': () => 'The object key is empty.' } satisfies TextTable;
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
// `never`: any parameter type is accepted here; each entry declares its own.
export type TextTable = Readonly<Record<string, (params: never) => string>>;

type Say = (params: TextParams) => string;

/**
 * A table in another language: the same keys and parameters as the English one.
 *
 * @example const CHECK_TEXTS_ZH: Translation<typeof CHECK_TEXTS> = { 'key-empty': () => 'Object 名称为空。' };
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export type Translation<T extends TextTable> = { readonly [K in keyof T]: T[K] };

/**
 * Says a sentence from an English table: the English `message` and the `text` reference the page
 * uses to show it in another language. The one way the core writes a translatable sentence.
 *
 * @example
 * const say = sayFrom('checks', { 'key-too-long': (p: { bytes: number }) => `The key is ${p.bytes} bytes.` });
 * say('key-too-long', { bytes: 1200 })
 * // { message: 'The key is 1200 bytes.', text: { id: 'checks.key-too-long', params: { bytes: 1200 } } }
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export function sayFrom<T extends TextTable>(namespace: string, table: T) {
  return <K extends keyof T & string>(
    key: K,
    ...params: Parameters<T[K]> extends [] ? [] : [Parameters<T[K]>[0]]
  ): { message: string; text: TextRef } => {
    const values = (params[0] ?? {}) as TextParams;
    return {
      message: (table[key] as unknown as Say)(values),
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
  const say = tables[item.text.id.slice(0, dot)]?.[item.text.id.slice(dot + 1)];
  if (!say) return item.message;
  try {
    return (say as unknown as Say)(item.text.params);
  } catch {
    return item.message;
  }
}
