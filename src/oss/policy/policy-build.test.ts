import { describe, expect, it } from 'vitest';
import {
  builderConditions,
  buildPolicy,
  resolveExpiration,
  v4PolicyConditions,
} from './policy-build.ts';

describe('policy-build', () => {
  it('buildPolicy copies the conditions in order', () => {
    const conditions = [{ bucket: 'b' }];
    const policy = buildPolicy('2030-01-01T00:00:00.000Z', conditions);
    expect(policy).toEqual({
      expiration: '2030-01-01T00:00:00.000Z',
      conditions: [{ bucket: 'b' }],
    });
    expect(policy.conditions).not.toBe(conditions);
  });

  it.each([
    ['V1', { bucket: 'b' }, [{ bucket: 'b' }]],
    [
      'V1 + STS',
      { bucket: 'b', securityToken: 't' },
      [{ bucket: 'b' }, { 'x-oss-security-token': 't' }],
    ],
    [
      'V4 + STS',
      {
        bucket: 'b',
        v4: {
          credential: 'AK/20250701/cn-hangzhou/oss/aliyun_v4_request',
          date: '20250701T024410Z',
        },
        securityToken: 't',
      },
      [
        { bucket: 'b' },
        ...v4PolicyConditions('AK/20250701/cn-hangzhou/oss/aliyun_v4_request', '20250701T024410Z'),
        { 'x-oss-security-token': 't' },
      ],
    ],
  ])('builderConditions %s', (_name, input, expected) => {
    expect(builderConditions(input)).toEqual(expected);
  });

  it.each([
    [{ secondsFromNow: 3600 }, '2024-07-13T13:34:14Z', '2024-07-13T14:34:14.000Z'],
    [{ secondsFromNow: 1 }, '2024-12-31T23:59:59Z', '2025-01-01T00:00:00.000Z'],
    ['2030-01-01T00:00:00Z', '2024-07-13T13:34:14Z', '2030-01-01T00:00:00Z'],
    ['2030-01-01T08:00+08:00', '2024-07-13T13:34:14Z', '2030-01-01T00:00:00Z'],
    ['2030-01-01 00:00:00', '2024-07-13T13:34:14Z', '2030-01-01 00:00:00'],
    [{ secondsFromNow: Number.NaN }, '2024-07-13T13:34:14Z', ''],
    [{ secondsFromNow: 1e20 }, '2024-07-13T13:34:14Z', ''],
  ])('resolveExpiration(%j, %s) → %j', (expiration, now, expected) => {
    expect(resolveExpiration(expiration, new Date(now))).toBe(expected);
  });
});
