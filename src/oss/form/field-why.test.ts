import { describe, expect, it } from 'vitest';
import { findEnglishLeftovers } from '../errors/catalog/zh/index.ts';
import { explainField, FILE_WHY } from './field-why.ts';
import { FIELD_WHY_TEXTS } from './field-why/texts-en.ts';
import { FIELD_WHY_TEXTS_ZH } from './field-why/texts-zh.ts';

// Every field the table names, so a new English reason is explained in Chinese too.
const NAMED_FIELDS = Object.keys(FIELD_WHY_TEXTS)
  .filter((key) => key.startsWith('field.'))
  .map((key) => key.slice('field.'.length));
const PATTERN_FIELDS = ['x-oss-meta-color', 'x:order_id', 'my-custom-field'];
const numbers = (text: string) => text.match(/\d+/g) ?? [];

describe('field reasons', () => {
  it('names the fields OSS defines', () => {
    expect(NAMED_FIELDS.length).toBeGreaterThanOrEqual(20);
    expect(NAMED_FIELDS).toContain('x-oss-credential');
  });

  it.each([
    ['key', 'The object name (may contain ${filename}).'],
    ['x-oss-date', 'OSS allows 15 minutes of skew. Sent right after `key`'],
    ['x-oss-meta-color', 'at most 8 KB). Sent after the signing fields'],
    ['x:order_id', 'used as ${x:order_id} in the callback body'],
    ['my-custom-field', 'A field you added; OSS only enforces it'],
  ])('%s: %s', (name, part) => {
    expect(explainField(name, 'v4')).toContain(part);
  });

  describe.each(['v1', 'v4'] as const)('in Chinese, %s', (version) => {
    it.each([...NAMED_FIELDS, ...PATTERN_FIELDS])('%s', (name) => {
      const english = explainField(name, version);
      const chinese = explainField(name, version, FIELD_WHY_TEXTS_ZH);
      expect(findEnglishLeftovers(chinese)).toEqual([]);
      // a specific English reason gets a specific Chinese one, not the added-field fallback
      expect(chinese.startsWith(FIELD_WHY_TEXTS_ZH['pattern.custom'])).toBe(
        english.startsWith(FIELD_WHY_TEXTS['pattern.custom']),
      );
      // the same placement note: after key for signing fields, before file for the rest, none for key
      expect(chinese.includes('紧跟在 `key` 之后')).toBe(
        english.includes('Sent right after `key`'),
      );
      expect(chinese.includes('`file` 之前')).toBe(english.includes('before `file`'));
      // the same figures (status codes, minutes, KB, …)
      expect(numbers(chinese)).toEqual(expect.arrayContaining(numbers(english)));
    });
  });

  it('explains the file entry', () => {
    expect(findEnglishLeftovers(FIELD_WHY_TEXTS_ZH.file)).toEqual([]);
    expect(FILE_WHY).toBe(FIELD_WHY_TEXTS.file);
  });
});
