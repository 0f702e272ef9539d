import { describe, expect, it } from 'vitest';
import { findEnglishLeftovers } from '../errors/catalog/zh/english-leftovers.ts';
import { FORMATS_TEXTS, JSON_EXPECTED_EN } from './texts-en.ts';
import { FORMATS_TEXTS_ZH, JSON_EXPECTED_ZH } from './texts-zh.ts';
import { auditTranslation } from './translation-audit.ts';

const SAMPLES = {
  'json-expected': { expected: 'colon', found: '}' },
  'base64-url-safe': { ch: '-', position: 7 },
  'base64-padding': { position: 3 },
  'base64-whitespace': { position: 9 },
  'base64-char': { ch: '*', position: 11 },
  'base64-length': { length: 13 },
};

describe('FORMATS_TEXTS_ZH', () => {
  it('has every English key, in Chinese, keeping every value', () => {
    expect(
      auditTranslation(FORMATS_TEXTS, FORMATS_TEXTS_ZH, SAMPLES, findEnglishLeftovers, [
        'expected',
      ]),
    ).toEqual([]);
  });

  it.each(Object.keys(JSON_EXPECTED_EN))('says what JSON expected (%s) in Chinese', (key) => {
    const text = FORMATS_TEXTS_ZH['json-expected']({ expected: key, found: '' });
    expect(text).toContain(JSON_EXPECTED_ZH[key as keyof typeof JSON_EXPECTED_ZH]);
    expect(findEnglishLeftovers(text)).toEqual([]);
  });
});
