import { describe, expect, it } from 'vitest';
import { findEnglishLeftovers } from '../errors/catalog/zh/english-leftovers.ts';
import { auditTranslation } from '../formats/translation-audit.ts';
import { decodePolicy } from './policy-decode.ts';
import { validatePolicyValue } from './policy-validate.ts';
import { POLICY_TEXTS } from './texts-en.ts';
import { POLICY_TEXTS_ZH, showValueZh } from './texts-zh.ts';
import { localizeText } from '../texts.ts';

const str = { kind: 'string', shown: '"1024"' };
const at = { path: 'conditions[2]' };
const op = { ...at, op: 'starts-with' };
const SAMPLES = {
  'json-syntax-at': {
    fromBase64: 1,
    position: 18,
    line: 2,
    column: 5,
    what: "expected ':' but found '}'",
    expected: 'colon',
    found: '}',
  },
  'json-syntax': { fromBase64: 0 },
  'not-text': { type: 'number' },
  blank: {},
  base64: { cause: 'Base64 length 3 …', causeKey: 'base64-length', length: 3 },
  utf8: {},
  'expiration-not-string': { ...str, example: '2030-01-01T00:00:00.000Z' },
  'expiration-empty': { example: '2030-01-01T00:00:00.000Z' },
  'expiration-format': { value: '"2030-01-01 00:00"', example: '2030-01-01T00:00:00.000Z' },
  'conditions-missing': {},
  'conditions-empty': {},
  'conditions-not-array': str,
  'not-object': { kind: 'array', shown: '', example: '2030-01-01T00:00:00.000Z' },
  'missing-both': { example: '2030-01-01T00:00:00.000Z' },
  'expiration-missing': { example: '2030-01-01T00:00:00.000Z' },
  'simple-arity': { ...at, count: 2 },
  'simple-value-type': { ...at, kind: 'number', shown: '5', field: 'bucket', value: '5' },
  'unknown-operator': { ...at, ...str, operators: '"eq", "in"', lower: 'eq' },
  arity: { ...op, count: 2, shape: '["starts-with", "$field", value]' },
  'not-condition': { ...at, kind: 'boolean', shown: 'true' },
  field: { ...op, ...str, suggest: '$key' },
  'text-value-type': { ...op, kind: 'null', shown: 'null' },
  'list-not-array': { ...op, kind: 'object', shown: '' },
  'list-item-type': { ...op, kind: 'number', shown: '7', index: 4 },
  'range-not-integer': { ...at, ...str, bound: 'minimum', digits: '1024' },
  'range-inverted': { ...at, min: '10', max: '1' },
};

describe('POLICY_TEXTS_ZH', () => {
  it('has every English key, in Chinese, keeping every value', () => {
    expect(
      auditTranslation(POLICY_TEXTS, POLICY_TEXTS_ZH, SAMPLES, findEnglishLeftovers, [
        'fromBase64',
        'what',
        'cause',
        'causeKey',
        'kind',
        'bound',
        'expected',
      ]),
    ).toEqual([]);
  });

  it.each([
    [{ kind: 'string', shown: '"x"' }, '字符串 "x"'],
    [{ kind: 'array', shown: '' }, '数组'],
    [{ kind: 'object', shown: '' }, '对象'],
    [{ kind: 'null', shown: 'null' }, 'null'],
    [{ kind: 'boolean', shown: 'true' }, '布尔值 true'],
  ])('describes %j in Chinese', (value, expected) => {
    expect(showValueZh(value)).toBe(expected);
  });

  it.each([
    ['{"expiration":"x",}', '第 18 个字符处（第 1 行，第 19 列）此处应为一个字符串（成员名）'],
    ['abc', 'Base64 长度 3 不是 4 的倍数'],
    ['{"conditions":[["in","$content-type","image/png"]]}', '没有“expiration”'],
  ])('the Problems of %j read in Chinese', (policy, part) => {
    const r = decodePolicy(policy);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const texts = r.issues.map((i) => localizeText(i, { policy: POLICY_TEXTS_ZH }));
    expect(texts.join('\n')).toContain(part);
    for (const text of texts) expect(findEnglishLeftovers(text)).toEqual([]);
  });

  it('every Problem of a broken document carries a policy text', () => {
    const r = validatePolicyValue({
      expiration: 5,
      conditions: [
        { a: 1, b: 2 },
        ['EQ', '$key', 'x'],
        ['in', 'key', 'x'],
        ['content-length-range', '5', 1],
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) for (const i of r.issues) expect(i.text?.id).toMatch(/^policy\./);
  });
});
