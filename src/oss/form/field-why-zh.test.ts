import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEnglishLeftovers } from '../errors/catalog/zh/index.ts';
import { explainField, FILE_WHY } from './field-why.ts';
import { CUSTOM_FIELD_WHY_ZH, explainFieldInChinese, FILE_WHY_ZH } from './field-why-zh.ts';

// Every field field-why.ts names in its WHAT table, read from the source so a new English reason
// without a Chinese one fails here.
const source = readFileSync(new URL('./field-why.ts', import.meta.url), 'utf8');
const whatBlock = /const WHAT: Record<string, string> = \{([\s\S]*?)\n\};/.exec(source)?.[1] ?? '';
const NAMED_FIELDS = [...whatBlock.matchAll(/^ {2}(?:'([^']+)'|([A-Za-z_]+)):/gm)].map(
  (match) => match[1] ?? match[2],
);
const PATTERN_FIELDS = ['x-oss-meta-color', 'x:order_id', 'my-custom-field'];
const ENGLISH_CUSTOM = explainField('my-custom-field', 'v4').split(';')[0];
const numbers = (text: string) => text.match(/\d+/g) ?? [];

describe('field reasons in Chinese', () => {
  it('reads the English table (a guard on the parse above)', () => {
    expect(NAMED_FIELDS.length).toBeGreaterThanOrEqual(20);
    expect(NAMED_FIELDS).toContain('x-oss-credential');
  });

  describe.each(['v1', 'v4'] as const)('%s', (version) => {
    it.each([...NAMED_FIELDS, ...PATTERN_FIELDS])('%s has a Chinese reason', (name) => {
      const english = explainField(name, version);
      const chinese = explainFieldInChinese(name, version);
      expect(findEnglishLeftovers(chinese)).toEqual([]);
      // a specific English reason gets a specific Chinese one, not the added-field fallback
      expect(chinese.startsWith(CUSTOM_FIELD_WHY_ZH)).toBe(english.startsWith(ENGLISH_CUSTOM));
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
    expect(findEnglishLeftovers(FILE_WHY_ZH)).toEqual([]);
    expect(FILE_WHY.length).toBeGreaterThan(0);
  });
});
