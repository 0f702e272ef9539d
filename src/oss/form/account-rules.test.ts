import { describe, expect, it } from 'vitest';
import {
  accountMayUseV1,
  defaultEndpointForbidden,
  isAccountDay,
  isDefaultPublicHost,
  isMainlandRegion,
} from './account-rules.ts';
import { evaluatePost } from '../evaluate-post.ts';
import type { EvaluateInput, PostPart } from '../evaluate/verdict-types.ts';

describe('the dated account rules (V1 guide; EC 0048-00000401)', () => {
  it.each([
    ['2025-02-28', undefined, true],
    ['2025-03-01', undefined, false],
    ['2024-06-01', '2025-08-31', true],
    ['2024-06-01', '2025-09-01', false],
  ])('account %s, bucket %s: V1 allowed %s', (created, bucketCreated, allowed) => {
    expect(accountMayUseV1({ created, ...(bucketCreated ? { bucketCreated } : {}) })).toBe(allowed);
  });

  it.each([
    ['2025-03-19', 'cn-hangzhou', false],
    ['2025-03-20', 'cn-hangzhou', true],
    ['2026-01-15', 'oss-cn-shenzhen', true],
    ['2026-01-15', 'cn-hongkong', false],
    ['2026-01-15', 'ap-southeast-1', false],
  ])('account %s in %s: default endpoint forbidden %s', (created, region, forbidden) => {
    expect(defaultEndpointForbidden({ created }, region)).toBe(forbidden);
  });

  it.each([
    ['my-app-uploads.oss-cn-hangzhou.aliyuncs.com', true],
    ['MY-APP-UPLOADS.OSS-CN-HANGZHOU.ALIYUNCS.COM:443', true],
    ['oss-cn-hangzhou.aliyuncs.com', true],
    ['my-app-uploads.oss-cn-hangzhou-internal.aliyuncs.com', false],
    ['other.oss-cn-hangzhou.aliyuncs.com', false],
    ['uploads.example.com', false],
  ])('%s is the default public endpoint: %s', (host, expected) => {
    expect(isDefaultPublicHost(host, 'my-app-uploads', 'cn-hangzhou')).toBe(expected);
  });

  it('reads days and regions strictly', () => {
    expect(['2026-01-15', '2024-02-29'].map(isAccountDay)).toEqual([true, true]);
    expect(['2026-1-15', '2025-02-29', '', '2026-01-15T00:00'].map(isAccountDay)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(['cn-beijing', 'cn-hongkong', 'us-west-1'].map(isMainlandRegion)).toEqual([
      true,
      false,
      false,
    ]);
  });
});

const FILE: PostPart = {
  name: 'file',
  file: { filename: 'a.txt', size: 3, contentType: 'text/plain' },
};
const V1_PARTS: PostPart[] = [
  { name: 'key', value: 'a.txt' },
  { name: 'OSSAccessKeyId', value: 'AK' },
  {
    name: 'policy',
    value: btoa(
      '{"expiration":"2030-01-01T00:00:00.000Z","conditions":[{"bucket":"my-app-uploads"}]}',
    ),
  },
  { name: 'Signature', value: 'c2ln' },
  FILE,
];

function input(more: Partial<EvaluateInput>): EvaluateInput {
  return {
    contentType: 'multipart/form-data; boundary=x',
    parts: [{ name: 'key', value: 'a.txt' }, FILE],
    bucket: { name: 'my-app-uploads', region: 'cn-hangzhou', acl: 'public-read-write' },
    lookupAccessKey: (id) =>
      id === 'AK' ? { accessKeyId: 'AK', accessKeySecret: 's' } : undefined,
    now: new Date('2026-12-07T00:00:00Z'),
    ...more,
  };
}

describe('evaluatePost plays the account', () => {
  const NEW = { created: '2026-01-15' };
  const DEFAULT_HOST = 'my-app-uploads.oss-cn-hangzhou.aliyuncs.com';

  it('refuses a new account through the default public endpoint: 400 PublicEndpointForbidden', () => {
    const verdict = evaluatePost(input({ account: NEW, host: DEFAULT_HOST }));
    expect(verdict.ok === false && [verdict.status, verdict.code, verdict.ec]).toEqual([
      400,
      'PublicEndpointForbidden',
      '0048-00000401',
    ]);
  });

  it.each([
    ['a custom domain', { account: NEW, host: 'uploads.example.com' }],
    ['an older account', { account: { created: '2024-01-01' }, host: DEFAULT_HOST }],
    ['no account given (the old behaviour)', { host: DEFAULT_HOST }],
  ])('accepts %s', (_, more) => {
    expect(evaluatePost(input(more)).ok).toBe(true);
  });

  it('refuses V1 for a new account (403, EC 0002-00000080), not for an older one', () => {
    const refused = evaluatePost(input({ parts: V1_PARTS, account: NEW }));
    expect(refused.ok === false && [refused.status, refused.code, refused.ec]).toEqual([
      403,
      'AccessDenied',
      '0002-00000080',
    ]);
    // An older account's V1 form goes on to the usual steps (here: the V1 policy is read and met).
    const older = evaluatePost(input({ parts: V1_PARTS, account: { created: '2024-01-01' } }));
    expect(older).toMatchObject({ ok: true });
  });
});
