import { describe, expect, it } from 'vitest';
import { markUnverified } from './unverified.ts';
import { keyPrefix, putOnlyPolicy, readinessOf } from './readiness.ts';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import type { BuilderValues } from '../form/builder-schema.ts';

const OK = { tone: 'ok' as const, text: 'OSS would accept avatar.png: stored as a (HTTP 201).' };
const NOTE = 'Not verified against your bucket.';

describe('the verdict against a real bucket', () => {
  it('is amber, never green, until a real upload succeeded', () => {
    expect(markUnverified(OK, { verified: false }, NOTE)).toEqual({
      tone: 'warning',
      text: `${NOTE} ${OK.text}`,
    });
    expect(markUnverified(OK, { verified: true }, NOTE)).toBe(OK);
  });

  it('leaves the sandbox and refusals as they are', () => {
    expect(markUnverified(OK, undefined, NOTE)).toBe(OK);
    const refused = { tone: 'error' as const, text: 'OSS would refuse…' };
    expect(markUnverified(refused, { verified: false }, NOTE)).toBe(refused);
  });
});

function values(target: Partial<BuilderValues['target']>, more: Partial<BuilderValues> = {}) {
  return { ...DEFAULT_VALUES, ...more, target: { ...DEFAULT_VALUES.target, ...target } };
}

describe('bucket readiness', () => {
  it('has nothing to say about the sandbox', () => {
    expect(readinessOf(values({ mode: 'sandbox' }), 'http://localhost:5173')).toBeNull();
  });

  it.each([
    ['a mainland bucket on its default endpoint', { mode: 'region', region: 'cn-hangzhou' }, true],
    [
      'a Singapore bucket on its default endpoint',
      { mode: 'region', region: 'ap-southeast-1' },
      false,
    ],
    ['Hong Kong', { mode: 'region', region: 'cn-hongkong' }, false],
    [
      'a custom domain',
      { mode: 'custom', endpoint: 'https://uploads.example.com', region: 'cn-hangzhou' },
      false,
    ],
    [
      'the default endpoint typed as a custom domain',
      {
        mode: 'custom',
        endpoint: 'https://my-app-uploads.oss-cn-hangzhou.aliyuncs.com',
        region: 'cn-hangzhou',
      },
      true,
    ],
  ] as const)('%s: mainland default-endpoint warning %s', (_, target, warned) => {
    const ready = readinessOf(
      values({ bucket: 'my-app-uploads', ...target }),
      'http://localhost:5173',
    );
    expect(ready?.mainlandDefaultEndpoint).toBe(warned);
    expect(ready?.cnameTarget).toBe(`my-app-uploads.oss-${target.region}.aliyuncs.com`);
  });

  it('names this page origin in the CORS rule and only PutObject under the key prefix in RAM', () => {
    const ready = readinessOf(
      values(
        { mode: 'region', bucket: 'my-app-uploads', region: 'cn-hangzhou' },
        { key: 'avatars/${filename}' },
      ),
      'https://tools.example.com',
    );
    expect(ready?.corsRuleXml).toContain(
      '<AllowedOrigin>https://tools.example.com</AllowedOrigin>',
    );
    expect(JSON.parse(ready?.ramPolicyJson ?? '{}')).toEqual({
      Version: '1',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['oss:PutObject'],
          Resource: ['acs:oss:*:*:my-app-uploads/avatars/*'],
        },
      ],
    });
  });

  it.each([
    ['avatars/${filename}', 'avatars/'],
    ['u/${x:user}/a/${filename}', 'u/'],
    ['a.png', ''],
    ['${filename}', ''],
  ])('prefix of %s is %j', (key, prefix) => {
    expect(keyPrefix(key)).toBe(prefix);
    expect(putOnlyPolicy('b', prefix)).toContain(`acs:oss:*:*:b/${prefix}*`);
  });
});
