import { describe, expect, it } from 'vitest';
import { CALLBACK_SYSTEM_VARIABLES, fillCallbackBody } from './callback-variables.ts';

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

describe('fillCallbackBody: OSS fills variables by the callback body type', () => {
  it.each<[string, string, Record<string, string>, string, string]>([
    [
      'JSON: a string is quoted',
      '{"o":${object}}',
      { object: 'a.txt' },
      JSON_TYPE,
      '{"o":"a.txt"}',
    ],
    [
      'JSON: quotes, backslashes and newlines are escaped',
      '{"o":${object}}',
      { object: 'a "b"\\c\nd' },
      JSON_TYPE,
      '{"o":"a \\"b\\"\\\\c\\nd"}',
    ],
    ['JSON: the size is a string too', '{"s":${size}}', { size: '5' }, JSON_TYPE, '{"s":"5"}'],
    [
      'JSON with a charset parameter',
      '{"o":${object}}',
      { object: 'x' },
      'application/json; charset=utf-8',
      '{"o":"x"}',
    ],
    ['form: URL-encoded', 'o=${object}', { object: 'a b/c&d' }, FORM_TYPE, 'o=a%20b%2Fc%26d'],
    [
      'x: variables, matched case-insensitively',
      'v=${x:My}',
      { 'x:my': 'v 1' },
      FORM_TYPE,
      'v=v%201',
    ],
    ['an x: variable not sent is empty', '{"v":${x:none}}', {}, JSON_TYPE, '{"v":""}'],
    ['an unknown variable is left as written', 'a=${nope}', {}, FORM_TYPE, 'a=${nope}'],
    ['image variables', 'w=${imageInfo.width}', { 'imageInfo.width': '' }, FORM_TYPE, 'w='],
  ])('%s', (_name, template, values, type, expected) => {
    const filled = fillCallbackBody(template, values, type);
    expect(filled).toBe(expected);
    if (type.startsWith(JSON_TYPE)) expect(() => JSON.parse(filled) as unknown).not.toThrow();
  });

  it('a JSON body naming every system variable parses as JSON', () => {
    const template = `{${CALLBACK_SYSTEM_VARIABLES.map((name) => `"${name}":\${${name}}`).join(',')}}`;
    const values = Object.fromEntries(CALLBACK_SYSTEM_VARIABLES.map((n) => [n, `"${n}"\\`]));
    expect(JSON.parse(fillCallbackBody(template, values, JSON_TYPE))).toEqual(values);
  });

  it('lists the 14 variables of OSS callback reference', () => {
    expect(CALLBACK_SYSTEM_VARIABLES).toHaveLength(14);
  });
});
