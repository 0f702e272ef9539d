import { afterEach, describe, expect, it } from 'vitest';
import { CHECKS_TEXTS, CHECKS_TEXTS_ZH, namespaceOf } from '../../oss/index.ts';
import { chooseLocale } from './locale.ts';
import { loadChineseTexts, textsIn, textsNow, translationsIn, translationsNow } from './texts.ts';

const ENGLISH = import.meta.glob<Record<string, unknown>>('/src/**/*texts-en.ts', { eager: true });

describe('the texts in the reader’s language', () => {
  afterEach(() => chooseLocale('en'));

  it('are the English table itself for an English reader', () => {
    chooseLocale('en');
    expect(textsNow(CHECKS_TEXTS)).toBe(CHECKS_TEXTS);
    expect(translationsNow()).toBeUndefined();
  });

  it('load every translation there is for a Chinese reader, one per English table', async () => {
    chooseLocale('zh-CN');
    await loadChineseTexts();
    expect(textsNow(CHECKS_TEXTS)).toBe(CHECKS_TEXTS_ZH);
    const loaded = translationsNow() ?? {};
    const namespaces = Object.values(ENGLISH)
      .flatMap((module) => Object.values(module).map(namespaceOf))
      .filter((namespace) => namespace !== undefined);
    expect(namespaces.length).toBeGreaterThan(20);
    expect(namespaces.filter((namespace) => loaded[namespace] === undefined)).toEqual([]);
  });

  it('fall back to English for a namespace without a translation (never a blank)', () => {
    expect(textsIn(CHECKS_TEXTS, {})).toBe(CHECKS_TEXTS);
    expect(textsIn(CHECKS_TEXTS, undefined)).toBe(CHECKS_TEXTS);
    expect(textsIn(CHECKS_TEXTS, { checks: CHECKS_TEXTS_ZH })).toBe(CHECKS_TEXTS_ZH);
  });

  it('registers only translations, by the namespace of the table they translate', () => {
    expect(translationsIn([{ CHECKS_TEXTS_ZH, helper: () => 1, CHECKS_TEXTS }])).toEqual({
      checks: CHECKS_TEXTS_ZH,
    });
  });
});
