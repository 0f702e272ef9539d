import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import { LOGIC_NOTES_TEXTS } from '../logic/texts-en.ts';
import { describeSize, describeSizeRefusal, roundSize, saySizeNote } from './outcome-sizes.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

const words = textsNow(LOGIC_NOTES_TEXTS);

describe('size words', () => {
  it.each([
    [3 * 1024 ** 2 + 1, 'up', { amount: 4, unit: 'MB' }],
    [3 * 1024 ** 2, 'up', { amount: 3, unit: 'MB' }],
    [1536, 'down', { amount: 1, unit: 'KB' }],
    [700, 'up', { amount: 700, unit: 'B' }],
    [6 * 1024 ** 3 + 5, 'up', { amount: 7, unit: 'GB' }],
  ] as const)('%i bytes rounded %s → %o', (bytes, direction, expected) => {
    expect(roundSize(bytes, direction)).toEqual(expected);
  });

  it('writes the exact bytes and the human size', () => {
    expect(describeSize(1, words)).toBe('1 byte');
    expect(describeSize(2048, words)).toBe('2,048 bytes (2.0 KiB)');
  });

  it('states both numbers of a size refusal: the file and the allowed range of the row', () => {
    const note = describeSizeRefusal({
      code: 'EntityTooLarge',
      fileSize: 12 * 1024 ** 2,
      conditions: DEFAULT_VALUES.conditions,
    });
    expect(note && saySizeNote(note, words)).toBe(
      'The file is 12,582,912 bytes (12.0 MiB); your condition 2 allows 1 B – 10 MiB (1–10,485,760 bytes).',
    );
    expect(
      describeSizeRefusal({
        code: 'AccessDenied',
        fileSize: 1,
        conditions: DEFAULT_VALUES.conditions,
      }),
    ).toBeUndefined();
  });
});
