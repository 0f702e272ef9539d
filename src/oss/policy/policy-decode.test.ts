import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUtf8Base64 } from '../formats/base64.ts';
import { decodePolicy } from './policy-decode.ts';

const EXP = '"expiration":"2030-01-01T00:00:00.000Z"';
const SIMPLE =
  'Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.';
const INVALID_JSON = 'Invalid Policy: Invalid JSON.';

/** [rule, policy JSON (sent as Base64), issue id, path, OSS message, EC] */
const RULES: [string, string, string, string, string, string | undefined][] = [
  [
    'missing expiration',
    '{"conditions":[{"bucket":"b"}]}',
    'policy.expiration.missing',
    'expiration',
    INVALID_JSON,
    '0006-00000208',
  ],
  ['missing both', '{}', 'policy.missing-both', '', INVALID_JSON, '0006-00000209'],
  [
    'missing both (other members only)',
    '{"Expiration":"x"}',
    'policy.missing-both',
    '',
    INVALID_JSON,
    '0006-00000209',
  ],
  [
    'expiration a number',
    '{"expiration":123,"conditions":[{"bucket":"b"}]}',
    'policy.expiration.not-string',
    'expiration',
    INVALID_JSON,
    '0006-00000210',
  ],
  [
    'expiration null',
    '{"expiration":null,"conditions":[{"bucket":"b"}]}',
    'policy.expiration.not-string',
    'expiration',
    INVALID_JSON,
    '0006-00000210',
  ],
  [
    'expiration empty',
    '{"expiration":"","conditions":[{"bucket":"b"}]}',
    'policy.expiration.empty',
    'expiration',
    INVALID_JSON,
    '0006-00000211',
  ],
  [
    'expiration with a space, no Z',
    '{"expiration":"2030-01-01 00:00:00","conditions":[{"bucket":"b"}]}',
    'policy.expiration.format',
    'expiration',
    INVALID_JSON,
    '0006-00000212',
  ],
  [
    'expiration without Z',
    '{"expiration":"2030-01-01T00:00:00","conditions":[{"bucket":"b"}]}',
    'policy.expiration.format',
    'expiration',
    INVALID_JSON,
    '0006-00000212',
  ],
  [
    'expiration with an offset',
    '{"expiration":"2030-01-01T08:00:00+08:00","conditions":[{"bucket":"b"}]}',
    'policy.expiration.format',
    'expiration',
    INVALID_JSON,
    '0006-00000212',
  ],
  [
    'expiration not a calendar date',
    '{"expiration":"2030-02-30T00:00:00Z","conditions":[{"bucket":"b"}]}',
    'policy.expiration.format',
    'expiration',
    INVALID_JSON,
    '0006-00000212',
  ],
  ['conditions missing', `{${EXP}}`, 'policy.conditions.missing', 'conditions', SIMPLE, undefined],
  [
    'conditions an object',
    `{${EXP},"conditions":{"bucket":"b"}}`,
    'policy.conditions.not-array',
    'conditions',
    SIMPLE,
    undefined,
  ],
  [
    'conditions empty',
    `{${EXP},"conditions":[]}`,
    'policy.conditions.empty',
    'conditions',
    SIMPLE,
    undefined,
  ],
  [
    'simple condition with two properties',
    `{${EXP},"conditions":[{"bucket":"b"},{"a":"1","b":"2"}]}`,
    'policy.condition.simple-arity',
    'conditions[1]',
    SIMPLE,
    undefined,
  ],
  [
    'simple condition with no property',
    `{${EXP},"conditions":[{}]}`,
    'policy.condition.simple-arity',
    'conditions[0]',
    SIMPLE,
    undefined,
  ],
  [
    'content-length-range numeric string',
    `{${EXP},"conditions":[["content-length-range",1,"1024"]]}`,
    'policy.condition.range-not-integer',
    'conditions[0][2]',
    'Invalid Policy: Invalid JSON. ',
    '0006-00000220',
  ],
  [
    'content-length-range text',
    `{${EXP},"conditions":[["content-length-range","test",10]]}`,
    'policy.condition.range-not-integer',
    'conditions[0][1]',
    'Invalid Policy: Invalid JSON. ',
    '0006-00000220',
  ],
  [
    'content-length-range fraction',
    `{${EXP},"conditions":[["content-length-range",1,10.5]]}`,
    'policy.condition.range-not-integer',
    'conditions[0][2]',
    'Invalid Policy: Invalid JSON. ',
    '0006-00000220',
  ],
  [
    'content-length-range inverted',
    `{${EXP},"conditions":[["content-length-range",1024,1]]}`,
    'policy.condition.range-inverted',
    'conditions[0]',
    'Invalid Policy: Invalid JSON. ',
    '0006-00000220',
  ],
  [
    'content-length-range with 2 items',
    `{${EXP},"conditions":[["content-length-range",1]]}`,
    'policy.condition.arity',
    'conditions[0]',
    'Invalid Policy: Invalid JSON. ',
    '0006-00000220',
  ],
  [
    'in without an array',
    `{${EXP},"conditions":[["in","$content-type","image/png"]]}`,
    'policy.condition.list-not-array',
    'conditions[0][2]',
    INVALID_JSON,
    '0006-00000224',
  ],
  [
    'not-in without an array',
    `{${EXP},"conditions":[["not-in","$cache-control","no-cache"]]}`,
    'policy.condition.list-not-array',
    'conditions[0][2]',
    INVALID_JSON,
    '0006-00000224',
  ],
  [
    'in with a number item',
    `{${EXP},"conditions":[["in","$content-type",["a",1]]]}`,
    'policy.condition.value-type',
    'conditions[0][2][1]',
    INVALID_JSON,
    '0006-00000224',
  ],
  [
    'unknown operator',
    `{${EXP},"conditions":[["ends-with","$key","x"]]}`,
    'policy.condition.unknown-operator',
    'conditions[0][0]',
    INVALID_JSON,
    '0006-00000201',
  ],
  [
    'operator in upper case',
    `{${EXP},"conditions":[["EQ","$key","x"]]}`,
    'policy.condition.unknown-operator',
    'conditions[0][0]',
    INVALID_JSON,
    '0006-00000201',
  ],
  [
    'eq with a number value',
    `{${EXP},"conditions":[["eq","$success_action_status",201]]}`,
    'policy.condition.value-type',
    'conditions[0][2]',
    INVALID_JSON,
    '0006-00000224',
  ],
  [
    'starts-with with a null value',
    `{${EXP},"conditions":[["starts-with","$key",null]]}`,
    'policy.condition.value-type',
    'conditions[0][2]',
    INVALID_JSON,
    '0006-00000224',
  ],
  [
    'simple condition with a number value',
    `{${EXP},"conditions":[{"success_action_status":201}]}`,
    'policy.condition.value-type',
    'conditions[0].success_action_status',
    INVALID_JSON,
    '0006-00000224',
  ],
  [
    'field name without $',
    `{${EXP},"conditions":[["eq","key","a.png"]]}`,
    'policy.condition.field',
    'conditions[0][1]',
    INVALID_JSON,
    '0006-00000201',
  ],
  [
    'eq with 4 items',
    `{${EXP},"conditions":[["eq","$key","a","b"]]}`,
    'policy.condition.arity',
    'conditions[0]',
    INVALID_JSON,
    '0006-00000201',
  ],
  [
    'condition a string',
    `{${EXP},"conditions":["bucket"]}`,
    'policy.condition.not-condition',
    'conditions[0]',
    INVALID_JSON,
    '0006-00000201',
  ],
  ['policy an array', '[1,2]', 'policy.not-object', '', INVALID_JSON, '0006-00000201'],
];

describe('decodePolicy: one issue per broken rule (docs/oss-rules.md#policy-document, EC pages)', () => {
  it.each(RULES)('%s', (_rule, json, id, path, message, ec) => {
    for (const input of [encodeUtf8Base64(json), json]) {
      const r = decodePolicy(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.issues).toHaveLength(1);
      const [issue] = r.issues;
      expect(issue).toMatchObject({ id, path });
      expect(issue.oss).toEqual(
        ec
          ? { code: 'InvalidPolicyDocument', message, ec }
          : { code: 'InvalidPolicyDocument', message },
      );
      expect(issue.message.length).toBeGreaterThan(40);
    }
  });

  it.each([
    ['2030-01-01T00:00:00Z'],
    ['2030-01-01T00:00:00.000Z'],
    ['2030-01-01T00:00:00.5Z'],
    ['2024-02-29T23:59:59Z'],
  ])('accepts expiration %s (milliseconds optional)', (expiration) => {
    const r = decodePolicy(`{"expiration":"${expiration}","conditions":[{"bucket":"b"}]}`);
    expect(r.ok).toBe(true);
  });
});

describe('decodePolicy: text that is not a policy', () => {
  it.each([
    ['blank', '', 'policy.blank', undefined, '0006-00000205'],
    ['spaces', '   ', 'policy.blank', undefined, '0006-00000205'],
    ['invalid Base64', 'eyJhIjox!', 'policy.base64', 8, '0006-00000201'],
    ['URL-safe Base64', 'eyJhIjoi-_8ifQ==', 'policy.base64', 8, '0006-00000201'],
    ['Base64 of non-UTF-8 bytes', '/w==', 'policy.utf8', undefined, '0006-00000201'],
    [
      'Base64 of bad JSON',
      encodeUtf8Base64('{"expiration":"x",}'),
      'policy.json-syntax',
      18,
      '0006-00000201',
    ],
    [
      'raw JSON with a missing comma',
      '{"expiration":"x" "conditions":[]}',
      'policy.json-syntax',
      18,
      '0006-00000201',
    ],
    [
      'raw JSON cut off',
      '{"expiration":"x","conditions":[',
      'policy.json-syntax',
      32,
      '0006-00000201',
    ],
    ['raw JSON with a single quote', "{'expiration':1}", 'policy.json-syntax', 1, '0006-00000201'],
  ])('%s', (_name, input, id, position, ec) => {
    const r = decodePolicy(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ id, oss: { code: 'InvalidPolicyDocument', ec } });
    expect(r.issues[0].position).toBe(position);
  });

  it('says where the JSON breaks, by line and column', () => {
    const r = decodePolicy(
      '{\n  "expiration": "2030-01-01T00:00:00Z",\n  "conditions": [\n    ["eq", "$key" "a"]\n  ]\n}',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].message).toMatch(/line 4, column 19.*expected ',' or '\]' but found '"'/);
  });
});

describe('decodePolicy collects every issue', () => {
  it('reports expiration and each bad condition together, in order', () => {
    const r = decodePolicy(
      '{"expiration":"tomorrow","conditions":[{"bucket":"b"},["in","$a","x"],["content-length-range","1",0],{"a":"1","b":"2"}]}',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.id, i.path])).toEqual([
      ['policy.expiration.format', 'expiration'],
      ['policy.condition.list-not-array', 'conditions[1][2]'],
      ['policy.condition.range-not-integer', 'conditions[2][1]'],
      ['policy.condition.simple-arity', 'conditions[3]'],
    ]);
  });
});

describe('decodePolicy never throws (property)', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const r = decodePolicy(text);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
  it('on arbitrary JSON, raw or as Base64', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        for (const input of [json, encodeUtf8Base64(json)]) {
          const r = decodePolicy(input);
          if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
        }
      }),
    );
  });
  it('on arbitrary non-string input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = decodePolicy(value as string);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});
