import { describe, expect, it } from 'vitest';
import type { NamedValue } from '../form/field-names.ts';
import { lintPolicyForm, type LintInput } from './lint-policy-form.ts';
import { LINT_RULES } from './lint-rules.ts';
import { LINT_TEXTS } from './texts-en.ts';
import { localizeText } from '../texts.ts';
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
        ['eq', '$x-oss-object-acl', 'private'],
      ],
    },
    builderConditionCount: 4,
    fields: [
      { name: 'key', value: 'user/${filename}' },
      { name: 'x-oss-object-acl', value: 'private' },
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

const DENIED = (echo: string) =>
  `OSS answers 403 AccessDenied "Invalid according to Policy: Policy Condition failed: ${echo}".`;

/** One row per rule: the rule, its severity, a change that trips it, its message, fields and row. */
const ROWS: [string, string, (i: LintInput) => void, string, string[], number?][] = [
  [
    'lint.field-unconstrained',
    'warning',
    withField({ name: 'Cache-Control', value: 'no-cache' }),
    '"Cache-Control" is sent but no policy condition covers it, so anyone holding this signed policy can send any value. Add ["eq", "$cache-control", "no-cache"] (or starts-with / in) if the value matters.',
    ['Cache-Control'],
  ],
  [
    'lint.condition-field-missing',
    'error',
    withCondition(['eq', '$success_action_status', '201']),
    `Your condition 3: eq success_action_status 201 tests "success_action_status", which the form does not send; ${DENIED('["eq", "$success_action_status", "201"]')} Add the field or remove the condition.`,
    ['success_action_status'],
    2,
  ],
  [
    'lint.condition-unsatisfied',
    'error',
    setField('x-oss-object-acl', 'public-read'),
    `"x-oss-object-acl" is "public-read", which fails your condition 2: eq x-oss-object-acl private; ${DENIED('["eq", "$x-oss-object-acl", "private"]')} Change the value or the condition.`,
    ['x-oss-object-acl'],
    1,
  ],
  [
    'lint.key-outside-prefix',
    'error',
    setField('key', 'other/${filename}'),
    `The key "other/\${filename}" does not start with "user/", so it fails your condition 1: starts-with key user/; ${DENIED('["starts-with", "$key", "user/"]')} Either update the condition to other/ or put the key under user/.`,
    ['key'],
    0,
  ],
  [
    'lint.filename-template',
    'error',
    withCondition(['eq', '$key', 'user/photo.png']),
    'The key "user/${filename}" contains ${filename}, and OSS checks conditions BEFORE replacing it with the file name, so your condition 3: eq key user/photo.png sees the template text and fails. Use a starts-with prefix that ends before ${filename}, or an eq on the template itself (written "\\\\${filename}" in the policy JSON).',
    ['key'],
    2,
  ],
  [
    'lint.v4-condition-missing',
    'error',
    (i) => void i.policy.conditions.splice(3, 1),
    'The V4 policy has no {"x-oss-date": "20250701T024410Z"} condition. Every V4 policy carries x-oss-signature-version, x-oss-credential and x-oss-date with the same values as the form fields; add it.',
    ['x-oss-date'],
  ],
  [
    'lint.v4-condition-mismatch',
    'error',
    setField('x-oss-date', '20250701T024411Z'),
    'The form\'s x-oss-date is "20250701T024411Z" but the builder\'s own condition eq x-oss-date 20250701T024410Z differs; they must be identical. Rebuild the policy and the fields from the same date and credential.',
    ['x-oss-date'],
  ],
  [
    'lint.bucket-mismatch',
    'error',
    (i) => void (i.bucket = 'otherbucket'),
    `The builder's own condition eq bucket examplebucket does not match the target bucket "otherbucket"; ${DENIED('["eq", "$bucket", "examplebucket"]')} Use the same bucket in both.`,
    ['bucket'],
  ],
  [
    'lint.content-type-fixed',
    'warning',
    (i) => {
      withField({ name: 'Content-Type', value: 'image/png' })(i);
      withCondition(['starts-with', '$content-type', 'image/'])(i);
    },
    'Content-Type is fixed to "image/png" while your condition 3: starts-with Content-Type image/ tests it, so every file passes that condition, whatever it is, and is stored as image/png. Remove the Content-Type field: the page\'s upload and the snippets then send each file\'s own type, which the condition checks.',
    ['Content-Type'],
    2,
  ],
  [
    'lint.content-type-from-file',
    'info',
    (i) => {
      i.contentTypeFromFile = true;
      withCondition(['in', '$content-type', ['image/png', 'image/jpeg']])(i);
    },
    "Your condition 3: in Content-Type image/png, image/jpeg tests the file's type: the page's upload and the snippets send the chosen file's type as the Content-Type field. A client of your own must do the same (formData.append('Content-Type', file.type) before the file), or OSS answers AccessDenied.",
    ['Content-Type'],
    2,
  ],
  [
    'lint.sts-token-unconstrained',
    'info',
    withField({ name: 'x-oss-security-token', value: 'tok' }),
    'The form sends x-oss-security-token but the policy does not pin it. SDKs add {"x-oss-security-token": "<token>"} so the signed policy only works with this STS session; consider adding it.',
    ['x-oss-security-token'],
  ],
];

describe('lintPolicyForm: one row per rule, messages in full', () => {
  it.each(ROWS)('%s (%s)', (id, severity, mutate, message, fields, conditionRow) => {
    const input = base();
    mutate(input);
    const found = lintPolicyForm(input).filter((c) => c.id === id);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe(severity);
    expect(found[0].message).toBe(message);
    expect(found[0].fields).toEqual(fields);
    expect(found[0].conditionRow).toBe(conditionRow);
    // the text names the rule, and said from the English table it is the message
    expect(found[0].text?.id.startsWith(id)).toBe(true);
    expect(localizeText(found[0], { lint: LINT_TEXTS })).toBe(message);
  });

  it('every row gives findings that all carry their text, for each lint rule', () => {
    const all = ROWS.flatMap(([, , mutate]) => {
      const input = base();
      mutate(input);
      return lintPolicyForm(input);
    });
    expect(all.filter((c) => c.text === undefined).map((c) => c.id)).toEqual([]);
    expect(all.filter((c) => localizeText(c, { lint: LINT_TEXTS }) !== c.message)).toEqual([]);
    const ids = new Set(all.map((c) => c.id));
    expect(LINT_RULES.map((rule) => rule.id).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('diagnoses a ${filename} key outside the starts-with prefix as the prefix mismatch, not the template', () => {
    const input = base();
    input.policy.conditions[4] = ['starts-with', '$key', 'uploads/'];
    setField('key', 'user/123/${filename}')(input);
    const found = lintPolicyForm(input);
    expect(found.map((c) => c.id)).toEqual(['lint.key-outside-prefix']);
    expect(found[0].message).toContain(
      'Either update the condition to user/123/ or put the key under uploads/.',
    );
  });

  it('a starts-with key condition with no key sent is the missing field, not the prefix', () => {
    const input = base();
    input.fields = input.fields.filter((f) => f.name !== 'key');
    expect(lintPolicyForm(input).map((c) => c.id)).toEqual(['lint.condition-field-missing']);
  });

  it("in an imported policy, skips the builder's kind of conditions wherever they stand", () => {
    const input = base();
    delete input.builderConditionCount;
    input.policy.conditions.reverse();
    setField('x-oss-object-acl', 'public-read')(input);
    const [found] = lintPolicyForm(input);
    expect(found.conditionRow).toBe(0);
    expect(found.message).toContain('your condition 1: eq x-oss-object-acl private');
  });

  it("does not count the builder conditions as the user's rows", () => {
    const input = base();
    input.builderConditionCount = 0;
    setField('x-oss-object-acl', 'public-read')(input);
    const [found] = lintPolicyForm(input);
    expect(found.conditionRow).toBe(5);
    expect(found.message).toContain('your condition 6: eq x-oss-object-acl private');
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
    input.policy.conditions.push(['eq', '$Content-Type', 'image/jpeg']);
    withField({ name: 'content-type', value: 'image/gif' })(input);
    expect(lintPolicyForm(input).map((c) => c.id)).toEqual([
      'lint.condition-unsatisfied',
      'lint.content-type-fixed',
    ]);
  });

  it('does not ask V1 forms for V4 conditions', () => {
    const input = base();
    input.version = 'v1';
    input.policy.conditions.splice(1, 3);
    input.builderConditionCount = 1;
    input.fields = input.fields.filter((f) => !/^x-oss-(signature|credential|date)/.test(f.name));
    input.fields.push({ name: 'OSSAccessKeyId', value: 'AK' }, { name: 'Signature', value: 's' });
    expect(lintPolicyForm(input)).toEqual([]);
  });

  it('does not warn about the auth fields being unconstrained', () => {
    const input = base();
    input.fields.push({ name: 'OSSAccessKeyId', value: 'AK' }, { name: 'Signature', value: 's' });
    expect(lintPolicyForm(input).filter((c) => c.id === 'lint.field-unconstrained')).toEqual([]);
  });
});
