import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { describeImportChanges, switchesToV1 } from './import-changes.ts';
import { listChanges } from './imported-to-values.ts';
import { APP_INTERCHANGE_TEXTS } from './changes-texts-en.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

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
    [
      'the conditions, with what was removed',
      { ...before, conditions: before.conditions.slice(0, 1) },
      ['Conditions: removed content-length-range 1–10485760 bytes; eq success_action_status 201'],
    ],
    [
      'the optional fields, with what was added',
      { ...before, fields: [...before.fields, { name: 'x-oss-meta-a', value: 'b' }] },
      ['Optional fields: added x-oss-meta-a=b'],
    ],
    [
      'the target mode in words, not its internal name',
      { ...before, target: { ...before.target, mode: 'custom' } },
      ['Post to: OSS public cloud → custom domain', expect.stringMatching(/^Endpoint: /)],
    ],
    [
      'a relative expiration in words, not “1 hours”',
      { ...before, expiration: { ...before.expiration, amount: 2 } },
      ['Expiration: 1 h after signing → 2 h after signing'],
    ],
  ] as const)('%s', (_title, after, lines) => {
    expect(
      describeImportChanges(
        listChanges(before, after as BuilderValues),
        textsNow(APP_INTERCHANGE_TEXTS),
      ),
    ).toEqual(lines);
  });

  it('asks before switching V4 to V1, not the other way', () => {
    expect(switchesToV1({ from: 'v4', to: 'v1' })).toBe(true);
    expect(switchesToV1({ from: 'v1', to: 'v4' })).toBe(false);
    expect(switchesToV1(null)).toBe(false);
  });
});
