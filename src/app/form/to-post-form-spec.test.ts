import { describe, expect, it } from 'vitest';
import type { BuilderValues } from './builder-schema.ts';
import {
  conditionToRow,
  createConditionRow,
  rowToCondition,
  userConditions,
} from './condition-rows.ts';
import { DEFAULT_VALUES } from './defaults.ts';
import { producedRows, toCallbackSpec, toPostFormSpec } from './to-post-form-spec.ts';

const NOW = new Date('2030-01-01T00:00:00.000Z');
const values: BuilderValues = {
  ...DEFAULT_VALUES,
  credentials: {
    signatureVersion: 'v4',
    accessKeyId: ' LTAI5t ',
    accessKeySecret: 'secret',
    securityToken: '',
  },
};

describe('form values → PostFormSpec', () => {
  it('leaves the endpoint to the core for a region target', () => {
    const spec = toPostFormSpec(values, NOW);
    expect(spec.target).toEqual({ bucket: 'examplebucket', region: 'cn-hangzhou' });
    expect(spec.credentials).toEqual({ accessKeyId: 'LTAI5t', accessKeySecret: 'secret' });
    expect(spec.expiration).toEqual({ secondsFromNow: 3600 });
    expect(spec.now).toBe(NOW);
  });

  it('passes the sandbox endpoint, the token and an absolute expiration', () => {
    const spec = toPostFormSpec(
      {
        ...values,
        target: {
          mode: 'sandbox',
          endpoint: 'http://127.0.0.1:9100/examplebucket',
          bucket: 'examplebucket',
          region: 'cn-hangzhou',
        },
        credentials: { ...values.credentials, securityToken: ' TOKEN ' },
        expiration: {
          mode: 'absolute',
          amount: 1,
          unit: 'hours',
          absolute: '2020-01-01T00:00:00.000Z',
        },
      },
      NOW,
    );
    expect(spec.target.endpoint).toBe('http://127.0.0.1:9100/examplebucket');
    expect(spec.credentials.securityToken).toBe('TOKEN');
    expect(spec.expiration).toBe('2020-01-01T00:00:00.000Z');
  });

  it.each([
    [{ amount: 30, unit: 'minutes' as const }, 1800],
    [{ amount: 2, unit: 'hours' as const }, 7200],
    [{ amount: 7, unit: 'days' as const }, 604800],
  ])('relative expiration %j → %i seconds', (relative, seconds) => {
    const spec = toPostFormSpec(
      { ...values, expiration: { ...values.expiration, ...relative } },
      NOW,
    );
    expect(spec.expiration).toEqual({ secondsFromNow: seconds });
  });

  it('turns rows into conditions in order, and fields and callback into the spec', () => {
    const spec = toPostFormSpec(
      {
        ...values,
        fields: [
          { name: ' Content-Type ', value: 'image/png' },
          { name: '', value: 'dropped' },
        ],
        callbackUrl: 'https://a.example/cb; https://b.example/cb',
        callbackBody: 'object=${object}',
      },
      NOW,
    );
    expect(spec.conditions).toEqual([
      ['starts-with', '$key', 'uploads/'],
      ['content-length-range', 1, 10485760],
      ['eq', '$success_action_status', '201'],
    ]);
    expect(spec.fields).toEqual([{ name: 'Content-Type', value: 'image/png' }]);
    expect(spec.callback).toEqual({
      urls: ['https://a.example/cb', 'https://b.example/cb'],
      body: 'object=${object}',
    });
  });
});

describe('the form callback → CallbackSpec', () => {
  const callback = { callbackUrl: '', callbackBody: 'o=${object}' };
  it.each([
    ['no URL: no callback', { callbackUrl: ' ; ' }, undefined],
    [
      'URLs split on ; and spaces, host trimmed, body type kept',
      {
        callbackUrl: 'https://a.example/cb;https://b.example/cb https://c.example/cb',
        callbackHost: ' cb.example ',
        callbackBodyType: 'application/json',
      },
      {
        urls: ['https://a.example/cb', 'https://b.example/cb', 'https://c.example/cb'],
        body: 'o=${object}',
        host: 'cb.example',
        bodyType: 'application/json',
      },
    ],
    [
      'an empty host and body type are left to OSS defaults',
      { callbackUrl: 'https://a.example/cb', callbackHost: '  ', callbackBodyType: '' },
      { urls: ['https://a.example/cb'], body: 'o=${object}' },
    ],
  ])('%s', (_, patch, expected) => {
    expect(toCallbackSpec({ ...callback, ...patch })).toEqual(expected);
  });

  it('the signed spec carries the same callback the editor checks', () => {
    const patch = {
      callbackUrl: 'https://a.example/cb',
      callbackHost: 'cb.example',
      callbackBodyType: 'application/json',
    };
    expect(toPostFormSpec({ ...values, ...callback, ...patch }, NOW).callback).toEqual(
      toCallbackSpec({ ...callback, ...patch }),
    );
  });
});

describe('condition rows ⇄ policy conditions', () => {
  it.each([
    [{ bucket: 'examplebucket' }],
    [['eq', '$Content-Type', 'image/png']],
    [['starts-with', '$key', 'user/']],
    [['content-length-range', 1, 2097152]],
    [['content-length-range', 0, 1000]],
    [['in', '$content-type', ['image/png', 'image/jpeg']]],
    [['not-in', '$cache-control', ['no-cache']]],
    [['content-length-range', '1', '10']],
    [{ a: '1', b: '2' }],
    [['eq', 'key', 'no-dollar']],
  ])('%j survives the round trip', (condition) => {
    expect(rowToCondition(conditionToRow(condition))).toEqual(condition);
  });

  it('writes sizes in the largest whole unit', () => {
    expect(conditionToRow(['content-length-range', 1, 2097152])).toMatchObject({
      min: 1,
      minUnit: 'B',
      max: 2,
      maxUnit: 'MB',
    });
  });

  it('splits in/not-in values on lines and commas', () => {
    expect(
      rowToCondition(
        createConditionRow({ kind: 'in', field: 'content-type', values: 'a,\n b ,,c' }),
      ),
    ).toEqual(['in', '$content-type', ['a', 'b', 'c']]);
  });

  it('drops a raw row that does not parse', () => {
    expect(rowToCondition(createConditionRow({ kind: 'raw', values: '[1,' }))).toBeNull();
  });

  it('hides the conditions the builder adds itself', () => {
    expect(
      userConditions([
        { bucket: 'b' },
        { 'x-oss-signature-version': 'OSS4-HMAC-SHA256' },
        ['eq', '$x-oss-credential', 'c'],
        { 'x-oss-date': 'd' },
        { 'x-oss-security-token': 't' },
        ['starts-with', '$key', 'u/'],
      ]),
    ).toEqual([['starts-with', '$key', 'u/']]);
  });
});

describe('what the page knows beside the values', () => {
  const withToken = {
    ...values,
    credentials: { ...values.credentials, securityToken: 'TOKEN' },
  };
  const sts = { securityToken: 'TOKEN', expiration: '2030-01-01T00:30:00Z' };

  it.each([
    ['the STS answer of the typed token', withToken, '2030-01-01T00:30:00Z'],
    [
      'no expiration once another token is typed',
      { ...withToken, credentials: { ...withToken.credentials, securityToken: 'OTHER' } },
      undefined,
    ],
    ['no expiration without a token', values, undefined],
  ])('%s', (_title, form, expected) => {
    expect(toPostFormSpec(form, NOW, { sts }).credentials.securityTokenExpiration).toBe(expected);
  });

  it('passes the sandbox as the checks compare with it', () => {
    const sandbox = { endpoint: 'http://127.0.0.1:9100/examplebucket', accessKeyId: 'demo' };
    expect(toPostFormSpec(values, NOW, { sandbox }).sandbox).toEqual(sandbox);
    expect(toPostFormSpec(values, NOW).sandbox).toBeUndefined();
  });

  it('numbers the rows that produce a condition (incomplete rows are skipped)', () => {
    const rows = [
      createConditionRow({ kind: 'raw', values: '[1,' }),
      createConditionRow({ kind: 'starts-with', field: 'key', value: 'u/' }),
    ];
    expect(producedRows({ conditions: rows })).toEqual([1]);
  });
});
