import {
  canonicalFieldName,
  chineseDocUrl,
  explainField,
  FIELD_WHY_TEXTS,
  localizeText,
  sayEntry,
  type Explanation,
  type PostForm,
  type TextRef,
} from '../../oss/index.ts';
import { textsIn, type TranslatedTables } from '../../ui/i18n/texts.ts';

/** A record the core said: its English `message`, the `text` reference, maybe a doc link. */
export type Said = { message: string; text?: TextRef; docUrl?: string };

/**
 * The core's texts in the reader's language: each function gives the core's English when the
 * reader reads English or while the Chinese is still loading (never a blank). OSS's Codes and
 * Messages are never translated: servers send them verbatim.
 */
export interface CoreTexts {
  /** A finding's or problem's sentence. */
  text: (item: { message: string; text?: TextRef }) => string;
  /** Copies of records (problems, findings) with `message` and any `docUrl` in the reader's language. */
  messages: <T extends Said>(items: readonly T[]) => T[];
  /** A copy of an error's explanation with its cause, solution and doc link in the reader's language. */
  explanation: (explanation: Explanation) => Explanation;
  /** A copy of the signed form whose findings and field reasons are in the reader's language. */
  form: (form: PostForm) => PostForm;
  /** A documentation link in the reader's language. */
  docUrl: (url: string) => string;
}

/**
 * The core's own English, as the core wrote it: what an English reader sees (and a Chinese one
 * while the Chinese texts load).
 *
 * @example ENGLISH_CORE_TEXTS.text({ message: 'The key is empty.' }) // 'The key is empty.'
 */
export const ENGLISH_CORE_TEXTS: CoreTexts = {
  text: (item) => item.message,
  messages: (items) => [...items],
  explanation: (explanation) => explanation,
  form: (form) => form,
  docUrl: (url) => url,
};

/**
 * The core's texts through the Chinese tables (the same tables the page's own texts come from):
 * the core's records by their `text` reference, the catalogue's causes and solutions by entry id,
 * the fields' reasons from the field-why table, and the Chinese documentation links. A sentence
 * without a Chinese text keeps its English rather than going blank.
 *
 * @example chineseCoreTexts(tables).docUrl('https://www.alibabacloud.com/help/en/oss/developer-reference/postobject')
 * // 'https://help.aliyun.com/zh/oss/developer-reference/postobject'
 */
export function chineseCoreTexts(tables: TranslatedTables): CoreTexts {
  const text = (item: { message: string; text?: TextRef }) => localizeText(item, tables);
  const said = <T extends Said>(item: T): T => ({
    ...item,
    message: text(item),
    ...(item.docUrl === undefined ? {} : { docUrl: chineseDocUrl(item.docUrl) }),
  });
  const catalog = tables.catalog;
  const fieldWhy = textsIn(FIELD_WHY_TEXTS, tables);
  return {
    text,
    messages: (items) => items.map(said),
    explanation: (explanation) => {
      const cause = catalog?.[`${explanation.entryKey}.cause`];
      const solution = catalog?.[`${explanation.entryKey}.solution`];
      return {
        ...explanation,
        ...(cause === undefined ? {} : { cause: sayEntry(cause) }),
        ...(solution === undefined ? {} : { solution: sayEntry(solution) }),
        ...(explanation.docUrl ? { docUrl: chineseDocUrl(explanation.docUrl) } : {}),
      };
    },
    form: (form) => ({
      ...form,
      checks: form.checks.map(said),
      // Why each entry is there (names as typed: the core's reasons are for canonical names).
      fields: form.fields.map((entry) => ({
        ...entry,
        why:
          entry.kind === 'file'
            ? fieldWhy.file
            : explainField(canonicalFieldName(entry.name), form.version, fieldWhy),
      })),
    }),
    docUrl: chineseDocUrl,
  };
}
