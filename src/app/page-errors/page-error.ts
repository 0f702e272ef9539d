import type { pageErrorMessages } from './messages.ts';
import { PAGE_ERRORS_EN } from './messages.ts';

/** The page errors' texts in the reader's language (what `useStore(pageErrorMessages)` gives). */
export type PageErrorTexts = ReturnType<typeof pageErrorMessages.get>;

/** Which page error. */
export type PageErrorKey = keyof typeof PAGE_ERRORS_EN;

type Values = Readonly<Record<string, string | number>>;

/** The values a page error's sentence takes (none: an empty object). */
type PageErrorValues<K extends PageErrorKey> = [Parameters<PageErrorTexts[K]>[0]] extends [
  undefined,
]
  ? Readonly<Record<string, never>>
  : NonNullable<Parameters<PageErrorTexts[K]>[0]>;

function fill(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    name in values ? String(values[name]) : all,
  );
}

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
    super(fill(PAGE_ERRORS_EN[key], values as Values), options);
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
 * An error in the reader's language: a PageError from the catalogue, any other error by its own
 * message (an exception from a library says what it says).
 * @example sayPageError(new PageError('signFailed', { reason: 'x' }), pageErrorMessages.get())
 */
export function sayPageError(error: unknown, texts: PageErrorTexts): string {
  if (!(error instanceof PageError)) return reasonOf(error);
  const key: PageErrorKey = error.key;
  const say = texts[key] as (values: Values) => string;
  return say(error.values as Values);
}
