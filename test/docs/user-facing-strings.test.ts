// Every sentence the page shows goes through the one text mechanism (a folder's texts-en.ts, the
// Chinese in the texts-zh.ts beside it; src/oss/texts.ts); errors the page's code raises are PageErrors
// (src/app/page-errors/). This reads the page's code (src/app, src/ui) and fails on an English
// sentence written anywhere else: a string of three or more words, or JSX text of two or more.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listFiles, stringsInTypeScript, type Prose } from './chinese-prose.ts';

const ROOT = new URL('../../', import.meta.url);

/** Files that are the mechanism itself: the tables of texts and their loader. */
const MECHANISM = /(\/([a-z-]+-)?texts-(en|zh)\.ts|\/([a-z-]+-)?messages\.ts|\/ui\/i18n\/.*)$/;

/**
 * Strings that are not sentences in a language: names and code, the same for every reader.
 * Each with the reason it stays as it is.
 */
const NOT_SENTENCES: readonly [RegExp, string][] = [
  [/^OSS PostObject Builder$/, 'the product name'],
  [/^npm run dev$/, 'a command the reader types'],
  [/^<X bytes of X>$/, "the file part's placeholder inside the raw multipart body, which is code"],
];

const SENTENCE = /[A-Za-z]{2,}[,:;]?( [A-Za-z'’()]+[,.:;]?){2,}/;

/** Whether a string of the page's code is a sentence people read. */
export function isSentence(text: string, jsx: boolean): boolean {
  if (NOT_SENTENCES.some(([pattern]) => pattern.test(text.trim()))) return false;
  // JSX text: two words or more, one of them a lower-case word (names such as ETag or HTTP are
  // the same in every language).
  return jsx
    ? /[A-Za-z]+ +[A-Za-z]+/.test(text) && /\b[a-z]{2,}\b/.test(text)
    : SENTENCE.test(text);
}

function jsxTexts(source: string): Set<string> {
  // JSX text nodes are the strings with a newline or that sit between tags; the scanner reads
  // them as strings too, so they are told apart by looking at the source around them.
  return new Set(
    [...source.matchAll(/>([^<>{}`'"\n]*[A-Za-z]{2,}[^<>{}`'"\n]*)</g)].map((m) => m[1]!.trim()),
  );
}

const files = [...listFiles(ROOT.href, 'src/app/'), ...listFiles(ROOT.href, 'src/ui/')].filter(
  (file) =>
    /\.tsx?$/.test(file) &&
    !/\.test\.tsx?$/.test(file) &&
    !file.includes('/test-support/') &&
    !MECHANISM.test(file),
);

function sentencesIn(file: string): Prose[] {
  const source = readFileSync(new URL(file, ROOT), 'utf8');
  const jsx = file.endsWith('.tsx') ? jsxTexts(source) : new Set<string>();
  return stringsInTypeScript(file, source).filter((p) =>
    isSentence(p.text, jsx.has(p.text.trim())),
  );
}

describe('the page says nothing outside its text mechanisms', () => {
  it('reads the page’s code', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it.each([
    ['Could not reach X: the server is down.', false, true],
    ['The form could not be signed: X', false, true],
    ['field-error drop-zone', false, false],
    ['OSS PostObject Builder', false, false],
    ['Upload the file', true, true],
    ['ETag', true, false],
    ['oss-postobject-builder.locale', false, false],
  ])('“%s” (JSX: %s) is a sentence: %s', (text, jsx, sentence) => {
    expect(isSentence(text, jsx)).toBe(sentence);
  });

  it.each(files)('%s', (file) => {
    expect(sentencesIn(file).map((p) => p.text)).toEqual([]);
  });
});
