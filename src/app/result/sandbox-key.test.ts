import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../oss/index.ts';
import { compareKey, withKnownKey } from './sandbox-key.ts';

const known = { id: 'LTAI5tSandbox', secret: 'demo' };
const typed = (
  over: Partial<Record<'accessKeyId' | 'accessKeySecret' | 'securityToken', string>>,
) => ({
  signatureVersion: 'v4' as const,
  accessKeyId: known.id,
  accessKeySecret: known.secret,
  securityToken: '',
  ...over,
});
const accepted: Verdict = {
  ok: true,
  status: 201,
  key: 'uploads/a.txt',
  object: { contentType: 'text/plain', headers: {}, meta: {} },
};

describe('what differs from the sandbox’s key', () => {
  it.each([
    ['the sandbox’s key', known, {}, 'none'],
    ['another secret, same ID', known, { accessKeySecret: 'x' }, 'secret'],
    ['another ID', known, { accessKeyId: 'LTAI5tOther', accessKeySecret: 'x' }, 'id'],
    ['the ID with spaces around it', known, { accessKeyId: ` ${known.id} ` }, 'none'],
    [
      'STS credentials (the sandbox checks its own temporary ID)',
      known,
      { accessKeyId: 'STS.x', securityToken: 't' },
      null,
    ],
    ['a bucket whose key the page does not know', undefined, { accessKeySecret: 'x' }, null],
  ] as const)('%s', (_title, key, over, expected) => {
    expect(compareKey(key, typed(over))).toBe(expected);
  });
});

describe('the one verdict', () => {
  it.each([
    ['secret', 'v4', 'SignatureDoesNotMatch', 'x-oss-signature'],
    ['secret', 'v1', 'SignatureDoesNotMatch', 'Signature'],
    ['id', 'v4', 'InvalidAccessKeyId', 'x-oss-credential'],
    ['id', 'v1', 'InvalidAccessKeyId', 'OSSAccessKeyId'],
  ] as const)('another %s (%s): %s at %s', (difference, version, code, field) => {
    const verdict = withKnownKey(accepted, difference, version);
    expect(verdict).toMatchObject({ ok: false, status: 403, code, fields: [field] });
  });

  it('keeps the dry run’s answer when the key is the sandbox’s or unknown, or already refused', () => {
    expect(withKnownKey(accepted, 'none', 'v4')).toBe(accepted);
    expect(withKnownKey(accepted, null, 'v4')).toBe(accepted);
    const refused = { ...accepted, ok: false } as unknown as Verdict;
    expect(withKnownKey(refused, 'secret', 'v4')).toBe(refused);
  });
});
