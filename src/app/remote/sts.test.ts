import { describe, expect, it } from 'vitest';
import { readStsResponse } from './sts.ts';

const CREDS = {
  AccessKeyId: 'STS.NUgYrLnoC37mZZCNnAbez2NQ',
  AccessKeySecret: 'tmp-secret',
  SecurityToken: 'CAIS-token',
  Expiration: '2030-01-01T00:00:00Z',
};
const EXPECTED = {
  accessKeyId: CREDS.AccessKeyId,
  accessKeySecret: 'tmp-secret',
  securityToken: 'CAIS-token',
  expiration: '2030-01-01T00:00:00Z',
};

describe('STS responses', () => {
  it.each([
    ['top level', CREDS],
    ['AssumeRole: under Credentials', { RequestId: 'x', Credentials: CREDS }],
    ['under data', { code: 0, data: CREDS }],
    ['under data.Credentials', { data: { Credentials: CREDS } }],
    [
      'camelCase (ali-oss samples)',
      {
        accessKeyId: CREDS.AccessKeyId,
        accessKeySecret: 'tmp-secret',
        stsToken: 'CAIS-token',
        expiration: CREDS.Expiration,
      },
    ],
  ])('reads %s', (_shape, json) => {
    expect(readStsResponse(json)).toEqual({ ok: true, value: EXPECTED });
  });

  it('keeps Expiration optional', () => {
    const { Expiration: _dropped, ...rest } = CREDS;
    expect(readStsResponse(rest)).toEqual({
      ok: true,
      value: { ...EXPECTED, expiration: undefined },
    });
  });

  it.each([
    ['a permanent AccessKey without token', { AccessKeyId: 'LTAI', AccessKeySecret: 's' }],
    ['an error body', { Code: 'NoPermission', Message: 'denied' }],
    ['not an object', 'text'],
    ['null', null],
  ])('refuses %s with a message naming the fields', (_case, json) => {
    const reading = readStsResponse(json);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.error.key).toBe('stsNoCredentials');
      expect(reading.error.message).toMatch(/AccessKeyId, AccessKeySecret and SecurityToken/);
    }
  });
});
