import { describe, expect, it } from 'vitest';
import { createConditionRow } from '../form/condition-rows.ts';
import { rowsToUpdate } from './key-prefix-offer.tsx';

const prefixRow = (value: string, field = 'key') =>
  createConditionRow({ kind: 'starts-with', field, value });

describe('which starts-with $key rows a key left', () => {
  it.each([
    [
      'a key in another folder',
      'avatars/${filename}',
      [prefixRow('users/alice/')],
      { prefix: 'avatars/', rows: [0] },
    ],
    [
      'a key still under the prefix',
      'users/alice/x/${filename}',
      [prefixRow('users/alice/')],
      null,
    ],
    ['a key without a folder', '${filename}', [prefixRow('users/')], null],
    [
      '$Key spelled otherwise',
      'a/${filename}',
      [prefixRow('b/', '$Key')],
      { prefix: 'a/', rows: [0] },
    ],
    ['another field', 'a/${filename}', [prefixRow('image/', 'content-type')], null],
  ] as const)('%s', (_t, key, rows, expected) => {
    expect(rowsToUpdate(key, rows)).toEqual(expected);
  });
});
