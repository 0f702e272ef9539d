import { localizeText, type Explanation, type PostForm, type TextRef } from '../../oss/index.ts';
import type { Locale } from '../../ui/i18n/locale.ts';

/** The lazily loaded Chinese core (core-zh.ts). */
export type ChineseCore = typeof import('./core-zh.ts');

/**
 * The core's texts in the reader's language: each function gives the core's English when the
 * reader reads English or while the Chinese is still loading (never a blank). OSS's Codes and
 * Messages are never translated: servers send them verbatim.
 */
export interface CoreTexts {
  /** The locale these texts speak (English until the Chinese has loaded). */
  language: Locale;
  /** A finding's or problem's sentence. */
  text: (item: { message: string; text?: TextRef }) => string;
  /** Copies of records (problems, findings) with `message` and any `docUrl` in the reader's language. */
  messages: <T extends Said>(items: readonly T[]) => T[];
  /** A copy of an error's explanation with its cause, solution and doc link in the reader's language. */
  explanation: (explanation: Explanation) => Explanation;
  /** A copy of the signed form whose field reasons are in the reader's language. */
  form: (form: PostForm) => PostForm;
  /** A documentation link in the reader's language. */
  docUrl: (url: string) => string;
}

type Said = { message: string; text?: TextRef; docUrl?: string };

const ENGLISH: CoreTexts = {
  language: 'en',
  text: (item) => item.message,
  messages: (items) => [...items],
  explanation: (explanation) => explanation,
  form: (form) => form,
  docUrl: (url) => url,
};

/**
 * The core's texts from the loaded Chinese core, or English when there is none.
 *
 * @example makeCoreTexts(null).text({ message: 'The key is empty.' }) // 'The key is empty.'
 */
export function makeCoreTexts(zh: ChineseCore | null): CoreTexts {
  if (!zh) return ENGLISH;
  const text = (item: { message: string; text?: TextRef }) => localizeText(item, zh.CORE_TABLES_ZH);
  const said = <T extends Said>(item: T): T => ({
    ...item,
    message: text(item),
    ...(item.docUrl === undefined ? {} : { docUrl: zh.chineseDocUrl(item.docUrl) }),
  });
  return {
    language: 'zh-CN',
    text,
    messages: (items) => items.map(said),
    explanation: (explanation) => {
      const chinese = zh.CATALOG_ZH[explanation.entryKey];
      return {
        ...explanation,
        ...(chinese ? { cause: chinese.cause, solution: chinese.solution } : {}),
        ...(explanation.docUrl ? { docUrl: zh.chineseDocUrl(explanation.docUrl) } : {}),
      };
    },
    form: (form) => ({
      ...form,
      checks: form.checks.map(said),
      fields: form.fields.map((entry) => ({
        ...entry,
        why: zh.explainEntryInChinese(entry, form.version),
      })),
    }),
    docUrl: zh.chineseDocUrl,
  };
}
