import { describe, expect, it } from 'vitest';
import {
  defineTexts,
  englishOf,
  localizeText,
  namespaceOf,
  sayEntry,
  sayFrom,
  translate,
} from './texts.ts';

const EN = defineTexts('checks', {
  'key-empty': () => 'The object key is empty.',
  'key-too-long': (p: { bytes: number }) => `The object key is ${p.bytes} bytes.`,
  name: 'Object key',
});
const ZH = translate(EN, {
  'key-empty': () => 'Object 名称为空。',
  'key-too-long': (p) => `Object 名称长 ${p.bytes} 字节。`,
  name: 'Object 名称',
});
const say = sayFrom(EN);

describe('defineTexts and translate', () => {
  it('keep the table as written, under its namespace', () => {
    expect(EN.name).toBe('Object key');
    expect(EN['key-too-long']({ bytes: 3 })).toBe('The object key is 3 bytes.');
    expect(namespaceOf(EN)).toBe('checks');
    expect(namespaceOf(ZH)).toBe('checks');
    expect(englishOf(ZH)).toBe(EN);
    expect(englishOf(EN)).toBeUndefined();
    expect(namespaceOf({ name: 'x' })).toBeUndefined();
    expect(namespaceOf('checks')).toBeUndefined();
  });

  it('refuse a table that was not defined (no namespace to say it under)', () => {
    expect(() => sayFrom({ a: 'A' })).toThrow(TypeError);
    expect(() => translate({ a: 'A' }, { a: '甲' })).toThrow(TypeError);
  });

  it('make a missing key, an extra key or another parameter type a type error', () => {
    // @ts-expect-error a key missing
    translate(EN, { 'key-empty': () => '空', name: '名称' });
    translate(EN, {
      'key-empty': () => '空',
      'key-too-long': (p) => `${p.bytes}`,
      name: '名称',
      // @ts-expect-error a key the English does not have
      extra: '多余',
    });
    translate(EN, {
      'key-empty': () => '空',
      // @ts-expect-error a parameter of another type
      'key-too-long': (p: { bytes: string }) => p.bytes,
      name: '名称',
    });
    // @ts-expect-error a parameter missing
    say('key-too-long');
    // @ts-expect-error a string entry has no parameters
    say('name', { bytes: 1 });
    expect(true).toBe(true);
  });

  it('say a string entry as it is and a function entry with its parameters', () => {
    expect(sayEntry('Verdict')).toBe('Verdict');
    expect(sayEntry((p: { n: number }) => `${p.n} bytes`, { n: 5 })).toBe('5 bytes');
    expect(say('name')).toEqual({ message: 'Object key', text: { id: 'checks.name', params: {} } });
  });
});

describe('sayFrom', () => {
  it.each([
    [say('key-empty'), 'The object key is empty.', { id: 'checks.key-empty', params: {} }],
    [
      say('key-too-long', { bytes: 1200 }),
      'The object key is 1200 bytes.',
      { id: 'checks.key-too-long', params: { bytes: 1200 } },
    ],
  ])('writes the English message and the reference (%#)', (said, message, text) => {
    expect(said).toEqual({ message, text });
  });
});

describe('localizeText', () => {
  it.each([
    [
      'a known id in Chinese',
      say('key-too-long', { bytes: 7 }),
      { checks: ZH },
      'Object 名称长 7 字节。',
    ],
    ['no tables: English', say('key-empty'), undefined, 'The object key is empty.'],
    ['an unknown namespace: English', say('key-empty'), { policy: ZH }, 'The object key is empty.'],
    [
      'an unknown key: English',
      { message: 'Old.', text: { id: 'checks.gone', params: {} } },
      { checks: ZH },
      'Old.',
    ],
    ['no reference: the message', { message: 'Plain.' }, { checks: ZH }, 'Plain.'],
    [
      'a translation that throws: English',
      say('key-empty'),
      {
        checks: {
          'key-empty': () => {
            throw new Error('bug');
          },
        },
      },
      'The object key is empty.',
    ],
  ])('%s', (_, item, tables, expected) => {
    expect(localizeText(item, tables)).toBe(expected);
  });
});
