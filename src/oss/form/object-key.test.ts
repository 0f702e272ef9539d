import { describe, expect, it } from 'vitest';
import { expandObjectKey, utf8ByteLength, validateObjectKey } from './object-key.ts';

describe('validateObjectKey (InvalidObjectName rules)', () => {
  it.each([
    ['user/a.png', undefined, undefined],
    ['用'.repeat(341), undefined, undefined], // 1023 bytes
    ['', 'key.empty', 'The Object name can not be empty.'],
    ['a'.repeat(1024), 'key.too-long', 'The Length of Object name must be less than 1024.'],
    ['用'.repeat(342), 'key.too-long', 'The Length of Object name must be less than 1024.'],
    ['/a.png', 'key.leading-slash', 'The specified object is not valid.'],
    ['\\a.png', 'key.leading-slash', 'The specified object is not valid.'],
    ['a\uD800b', 'key.not-utf8', 'The specified object is not valid.'],
  ])('%#: %s', (key, id, ossMessage) => {
    const result = validateObjectKey(key);
    if (id === undefined) {
      expect(result).toEqual({ ok: true, value: key });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.issues[0].id).toBe(id);
        expect(result.issues[0].oss).toEqual({ code: 'InvalidObjectName', message: ossMessage });
      }
    }
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8ByteLength('用户/a')).toBe(8);
  });

  it.each([
    ['user/${filename}', 'cat.png', 'user/cat.png'],
    ['${filename}/${filename}', 'a', 'a/a'],
    ['fixed.txt', 'a', 'fixed.txt'],
  ])('expandObjectKey(%s, %s) → %s', (key, filename, expected) => {
    expect(expandObjectKey(key, filename)).toBe(expected);
  });
});
