import { describe, expect, it } from 'vitest';
import { encodeUtf8Base64 } from '../formats/base64.ts';
import { callbackFormFields, callbackJson, encodeCallback } from './callback-encode.ts';
import { isPrivateCallbackUrl } from './callback-address.ts';
import {
  checkCallbackVarName,
  validateCallback,
  validateCallbackSpec,
} from './callback-validate.ts';

const b64 = (value: unknown) =>
  encodeUtf8Base64(typeof value === 'string' ? value : JSON.stringify(value));
const good = { callbackUrl: 'https://cb.example.com/oss', callbackBody: 'object=${object}' };

describe('encodeCallback (CallbackSpec → Base64 JSON)', () => {
  it('writes the documented members in order, defaulting the body type', () => {
    expect(
      callbackJson({
        urls: ['https://a.example/1', 'https://a.example/2'],
        host: 'a.example',
        body: 'x=${x:v}',
      }),
    ).toBe(
      '{"callbackUrl":"https://a.example/1;https://a.example/2","callbackHost":"a.example","callbackBody":"x=${x:v}","callbackBodyType":"application/x-www-form-urlencoded"}',
    );
  });

  it('round-trips through validateCallback', () => {
    const spec = {
      urls: ['https://a.example/cb'],
      body: '{"size":${size}}',
      bodyType: 'application/json' as const,
    };
    expect(validateCallback(encodeCallback(spec))).toEqual({
      ok: true,
      value: {
        urls: ['https://a.example/cb'],
        body: '{"size":${size}}',
        bodyType: 'application/json',
      },
    });
  });

  it('adds each x: variable as its own form field after callback', () => {
    const fields = callbackFormFields({
      urls: ['https://a.example/cb'],
      body: 'v=${x:v}',
      vars: { 'x:v': '1' },
    });
    expect(fields.map((f) => f.name)).toEqual(['callback', 'x:v']);
    expect(fields[1].value).toBe('1');
  });
});

describe('validateCallback (InvalidArgument messages, verbatim)', () => {
  it.each<[string, string, string]>([
    [
      'Base64 over 5 KB',
      b64({ ...good, callbackBody: 'a'.repeat(4000) }),
      'The length of callback exceed max value.',
    ],
    ['not Base64', 'not base64!', 'The callback configuration is not base64 encoded.'],
    ['not JSON', b64('callbackUrl=x'), 'The callback configuration is not json format.'],
    ['JSON array', b64('[1]'), 'The callback configuration is not json format.'],
    ['no callbackUrl', b64({ callbackBody: 'a' }), 'The callback url configuration is invalid.'],
    [
      'six URLs',
      b64({ ...good, callbackUrl: Array(6).fill('https://a.example/cb').join(';') }),
      'The number of callback url exceed max value.',
    ],
    [
      'private IP',
      b64({ ...good, callbackUrl: 'http://192.168.0.2/cb' }),
      'Private address is forbidden to callback.',
    ],
    [
      'loopback without scheme',
      b64({ ...good, callbackUrl: '127.0.0.1:8080/cb' }),
      'Private address is forbidden to callback.',
    ],
    [
      'callbackHost not a string',
      b64({ ...good, callbackHost: 1 }),
      'The callback host configuration is invalid.',
    ],
    [
      'no callbackBody',
      b64({ callbackUrl: 'https://a.example/cb' }),
      'The callback body is empty.',
    ],
    [
      'callbackBody not a string',
      b64({ ...good, callbackBody: { a: 1 } }),
      'The callback body is invalid.',
    ],
    [
      'unsupported body type',
      b64({ ...good, callbackBodyType: 'text/plain' }),
      'The body type of callback is not supported.',
    ],
    [
      'body type not a string',
      b64({ ...good, callbackBodyType: 7 }),
      'The callback body type configuration is invalid.',
    ],
  ])('%s', (_name, value, message) => {
    const result = validateCallback(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].oss).toEqual({ code: 'InvalidArgument', message });
  });

  it('accepts five URLs', () => {
    const result = validateCallback(
      b64({ ...good, callbackUrl: Array(5).fill('https://a.example/cb').join(';') }),
    );
    expect(result.ok && result.value.urls.length).toBe(5);
  });

  it.each([
    ['x:my_var', undefined],
    ['x:MyVar', 'lower case'],
    ['my_var', 'must start with "x:"'],
    ['x:', 'must start with "x:"'],
  ])('x: variable name %s', (name, fragment) => {
    const why = checkCallbackVarName(name);
    if (fragment === undefined) expect(why).toBeUndefined();
    else expect(why).toContain(fragment);
  });

  it('reports a badly named x: field as an issue without an OSS answer', () => {
    const result = validateCallback(b64(good), [{ name: 'x:Var', value: '1' }]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({ id: 'callback.var-name', path: 'x:Var' });
    if (!result.ok) expect(result.issues[0].oss).toBeUndefined();
  });

  it.each([
    ['http://10.1.2.3/cb', true],
    ['http://172.20.0.1/cb', true],
    ['http://172.32.0.1/cb', false],
    ['http://169.254.1.1/cb', true],
    ['http://localhost:3000/cb', true],
    ['http://[::1]/cb', true],
    ['https://8.8.8.8/cb', false],
    ['https://cb.example.com/cb', false],
  ])('isPrivateCallbackUrl(%s) → %s', (url, expected) => {
    expect(isPrivateCallbackUrl(url)).toBe(expected);
  });

  it('validateCallbackSpec lists the spec problems', () => {
    expect(validateCallbackSpec({ urls: ['https://a.example/cb'], body: 'a' })).toEqual([]);
    expect(validateCallbackSpec({ urls: ['https://a.example/cb'], body: '' })[0].id).toBe(
      'callback.body-empty',
    );
    expect(
      validateCallbackSpec({ urls: ['https://a.example/cb'], body: 'a', vars: { 'x:A': '1' } })[0]
        .id,
    ).toBe('callback.var-name');
  });
});
