import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { describeImportChanges, switchesToV1 } from './import-changes.ts';
import { listChanges } from './imported-to-values.ts';
import { interchangeMessages } from './messages.ts';

const before = DEFAULT_VALUES;
const v1: BuilderValues = {
  ...before,
  credentials: { ...before.credentials, signatureVersion: 'v1', securityToken: 'tok-secret' },
};

describe('an import says what it changed', () => {
  it.each([
    ['nothing', before, []],
    [
      'the key, with old and new',
      { ...before, key: 'user/123/${filename}' },
      ['Object key: uploads/${filename} → user/123/${filename}'],
    ],
    [
      'the version and the token, never echoing the token',
      v1,
      ['Signature version: v4 → v1', 'Security token: set'],
    ],
    ['the conditions, by name', { ...before, conditions: [] }, ['Conditions']],
  ] as const)('%s', (_title, after, lines) => {
    expect(
      describeImportChanges(listChanges(before, after as BuilderValues), interchangeMessages.get()),
    ).toEqual(lines);
  });

  it('asks before switching V4 to V1, not the other way', () => {
    expect(switchesToV1({ from: 'v4', to: 'v1' })).toBe(true);
    expect(switchesToV1({ from: 'v1', to: 'v4' })).toBe(false);
    expect(switchesToV1(null)).toBe(false);
  });
});
