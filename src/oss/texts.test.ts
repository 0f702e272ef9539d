import { describe, expect, it } from 'vitest';
import { localizeText, sayFrom, type Translation } from './texts.ts';

const EN = {
  'key-empty': () => 'The object key is empty.',
  'key-too-long': (p: { bytes: number }) => `The object key is ${p.bytes} bytes.`,
};
const ZH: Translation<typeof EN> = {
  'key-empty': () => 'Object 名称为空。',
  'key-too-long': (p) => `Object 名称长 ${p.bytes} 字节。`,
};
const say = sayFrom('checks', EN);

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
