import { sayEntry } from '../../oss/index.ts';
import { PAGE_ERRORS_TEXTS } from './texts-en.ts';

/** The page errors' texts in the reader's language (what `useTexts(PAGE_ERRORS_TEXTS)` gives). */
export type PageErrorTexts = typeof PAGE_ERRORS_TEXTS;

/** Which page error. */
export type PageErrorKey = keyof typeof PAGE_ERRORS_TEXTS;

type Values = Readonly<Record<string, string | number>>;

/** The values a page error's sentence takes (none: an empty object). */
type PageErrorValues<K extends PageErrorKey> = [Parameters<PageErrorTexts[K]>[0]] extends [
  undefined,
]
  ? Readonly<Record<string, never>>
  : NonNullable<Parameters<PageErrorTexts[K]>[0]>;

/**
 * An error the page raises for people to read: its `message` is the English sentence (for logs
 * and tests), and `key` with `values` let the page say it in the reader's language.
 * @example new PageError('stsHttp', { url: 'https://a/sts', status: 403, body: 'denied' }).message
 * // 'https://a/sts answered HTTP 403: denied'
 */
export class PageError<K extends PageErrorKey = PageErrorKey> extends Error {
  readonly key: K;
  readonly values: PageErrorValues<K>;

  constructor(key: K, values: PageErrorValues<K>, options?: ErrorOptions) {
    super(sayEntry(PAGE_ERRORS_TEXTS[key], values as Values), options);
    this.name = 'PageError';
    this.key = key;
    this.values = values;
  }
}

/** Why something failed, as text: an error's message, or the value itself. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * An error in the reader's language: a PageError from its table, any other error by its own
 * message (an exception from a library says what it says).
 * @example sayPageError(new PageError('signFailed', { reason: 'x' }), textsNow(PAGE_ERRORS_TEXTS))
 */
export function sayPageError(error: unknown, texts: PageErrorTexts): string {
  if (!(error instanceof PageError)) return reasonOf(error);
  const key: PageErrorKey = error.key;
  const say = texts[key] as (values: Values) => string;
  return say(error.values as Values);
}
