import { describe, expect, it } from 'vitest';
import type { NamedValue } from '../form/field-names.ts';
import { lintPolicyForm, type LintInput } from './lint-policy-form.ts';
import type { PolicyCondition } from '../policy/policy-types.ts';

const CREDENTIAL = 'AKIDEXAMPLE/20250701/cn-hangzhou/oss/aliyun_v4_request';

function base(): LintInput {
  return {
    version: 'v4',
    bucket: 'examplebucket',
    policy: {
      expiration: '2025-07-01T03:44:10.000Z',
      conditions: [
        { bucket: 'examplebucket' },
        { 'x-oss-signature-version': 'OSS4-HMAC-SHA256' },
        { 'x-oss-credential': CREDENTIAL },
        { 'x-oss-date': '20250701T024410Z' },
        ['starts-with', '$key', 'user/'],
        ['in', '$content-type', ['image/png', 'image/jpeg']],
      ],
    },
    fields: [
      { name: 'key', value: 'user/${filename}' },
      { name: 'Content-Type', value: 'image/png' },
      { name: 'x-oss-signature-version', value: 'OSS4-HMAC-SHA256' },
      { name: 'x-oss-credential', value: CREDENTIAL },
      { name: 'x-oss-date', value: '20250701T024410Z' },
      { name: 'policy', value: 'eyJ9' },
      { name: 'x-oss-signature', value: 'ab' },
    ],
  };
}

const withField = (f: NamedValue) => (i: LintInput) => void i.fields.push(f);
const withCondition = (c: PolicyCondition) => (i: LintInput) => void i.policy.conditions.push(c);
const setField = (name: string, value: string) => (i: LintInput) => {
  const at = i.fields.findIndex((f) => f.name === name);
  i.fields[at] = { name, value };
};

describe('lintPolicyForm: the baseline is clean', () => {
  it('has no findings', () => {
    expect(lintPolicyForm(base())).toEqual([]);
  });
});

describe('lintPolicyForm: one row per rule', () => {
  it.each<[string, string, (i: LintInput) => void, string, string[]]>([
    [
      'lint.field-unconstrained',
      'warning',
      withField({ name: 'Cache-Control', value: 'no-cache' }),
      'no policy condition covers it',
      ['Cache-Control'],
    ],
    [
      'lint.condition-field-missing',
      'error',
      withCondition(['eq', '$success_action_status', '201']),
      'Policy Condition failed: ["eq", "$success_action_status", "201"]',
      ['success_action_status'],
    ],
    [
      'lint.condition-unsatisfied',
      'error',
      setField('Content-Type', 'image/gif'),
      'Policy Condition failed: ["in", "$content-type", ["image/png", "image/jpeg"]]',
      ['Content-Type'],
    ],
    [
      'lint.filename-template',
      'error',
      withCondition(['eq', '$key', 'user/photo.png']),
      'BEFORE replacing it',
      ['key'],
    ],
    [
      'lint.v4-condition-missing',
      'error',
      (i) => void i.policy.conditions.splice(3, 1),
      'x-oss-date',
      ['x-oss-date'],
    ],
    [
      'lint.v4-condition-mismatch',
      'error',
      setField('x-oss-date', '20250701T024411Z'),
      'must be identical',
      ['x-oss-date'],
    ],
    [
      'lint.bucket-mismatch',
      'error',
      (i) => void (i.bucket = 'otherbucket'),
      'Policy Condition failed: ["eq", "$bucket", "examplebucket"]',
      ['bucket'],
    ],
    [
      'lint.sts-token-unconstrained',
      'info',
      withField({ name: 'x-oss-security-token', value: 'tok' }),
      'x-oss-security-token',
      ['x-oss-security-token'],
    ],
  ])('%s (%s)', (id, severity, mutate, fragment, fields) => {
    const input = base();
    mutate(input);
    const found = lintPolicyForm(input).filter((c) => c.id === id);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe(severity);
    expect(found[0].message).toContain(fragment);
    expect(found[0].fields).toEqual(fields);
  });

  it('accepts a starts-with prefix that ends before ${filename} and an eq on the escaped template', () => {
    const input = base();
    input.policy.conditions.push(['eq', '$key', 'user/\\${filename}']);
    expect(lintPolicyForm(input)).toEqual([]);
  });

  it('flags a starts-with prefix that reaches past ${filename}', () => {
    const input = base();
    input.policy.conditions[4] = ['starts-with', '$key', 'user/photo'];
    expect(lintPolicyForm(input).map((c) => c.id)).toEqual(['lint.filename-template']);
  });

  it('matches $content-type to the Content-Type field regardless of case', () => {
    const input = base();
    input.fields[1] = { name: 'content-type', value: 'image/jpeg' };
    expect(lintPolicyForm(input)).toEqual([]);
  });

  it('does not ask V1 forms for V4 conditions', () => {
    const input = base();
    input.version = 'v1';
    input.policy.conditions.splice(1, 3);
    input.fields = input.fields.filter((f) => !f.name.startsWith('x-oss-'));
    input.fields.push({ name: 'OSSAccessKeyId', value: 'AK' }, { name: 'Signature', value: 's' });
    expect(lintPolicyForm(input)).toEqual([]);
  });

  it('does not warn about the auth fields being unconstrained', () => {
    const input = base();
    input.fields.push({ name: 'OSSAccessKeyId', value: 'AK' }, { name: 'Signature', value: 's' });
    expect(lintPolicyForm(input).filter((c) => c.id === 'lint.field-unconstrained')).toEqual([]);
  });
});
