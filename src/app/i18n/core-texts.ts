import type { Explanation, PostForm, TextRef } from '../../oss/index.ts';
import type { Locale } from '../../ui/i18n/locale.ts';

/** A record the core said: its English `message`, the `text` reference, maybe a doc link. */
export type Said = { message: string; text?: TextRef; docUrl?: string };

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
  /** A copy of the signed form whose findings and field reasons are in the reader's language. */
  form: (form: PostForm) => PostForm;
  /** A documentation link in the reader's language. */
  docUrl: (url: string) => string;
}

/**
 * The core's own English, as the core wrote it: what an English reader sees (and a Chinese one
 * while the Chinese core loads). The Chinese counterpart is CHINESE_CORE_TEXTS in core-zh.ts.
 *
 * @example ENGLISH_CORE_TEXTS.text({ message: 'The key is empty.' }) // 'The key is empty.'
 */
export const ENGLISH_CORE_TEXTS: CoreTexts = {
  language: 'en',
  text: (item) => item.message,
  messages: (items) => [...items],
  explanation: (explanation) => explanation,
  form: (form) => form,
  docUrl: (url) => url,
};
