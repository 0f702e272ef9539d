import { describe, expect, it } from 'vitest';
import { findEnglishLeftovers } from '../errors/catalog/zh/english-leftovers.ts';
import type { TextTable } from '../texts.ts';
import { CHECKS_TEXTS, LINT_TEXTS } from './texts-en.ts';
import { CHECKS_TEXTS_ZH, LINT_TEXTS_ZH } from './texts-zh.ts';

/** Sample arguments for every key of a table (the type makes a missing key a compile error). */
type Samples<T extends TextTable> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? A : [];
};

const USER_ROW = { row: 2, condition: 'starts-with key uploads/' };
const BUILDER_ROW = { row: 0, condition: 'eq bucket examplebucket' };
const FAILED = { failed: '["starts-with", "$key", "uploads/"]' };

const CHECK_SAMPLES: Samples<typeof CHECKS_TEXTS> = {
  'rule-failed': [{ rule: 'key.too-long', error: 'TypeError: x is undefined' }],
  'condition-name': [USER_ROW],
  'condition-range': [{ min: 1, max: 10485760 }],
  'callback.refused': [
    { problem: '回调地址是私有地址。', answer: 'Private address is forbidden to callback.' },
  ],
  'credentials.secret-missing': [],
  'credentials.secret-missing.v1': [],
  'credentials.access-key-missing': [],
  'credentials.sts-expires-first': [],
  'credentials.sts-expires-first.found': [
    { token: '2025-07-01T03:14:10Z', policy: '2025-07-01T03:44:10.000Z' },
  ],
  'credentials.sandbox-key-elsewhere': [],
  'credentials.sandbox-key-elsewhere.found': [
    {
      accessKeyId: 'LTAI-sandbox-demo',
      target: 'https://examplebucket.oss-cn-hangzhou.aliyuncs.com',
    },
  ],
  'endpoint.not-http': [],
  'endpoint.not-http.found': [{ url: 'javascript://%0aalert(1)' }],
  'endpoint.internal': [],
  'bucket.name-invalid': [],
  'key.empty': [],
  'key.too-long': [{ max: 1023 }],
  'key.leading-slash': [],
  'key.not-utf8': [],
  'form.field-name-too-long': [],
  'form.field-name-too-long.found': [{ name: 'x-oss-meta-nnnn', size: '8.0 KB' }],
  'form.field-value-too-long': [],
  'form.field-value-too-long.found': [{ field: 'x-oss-meta-big', size: '2048.0 KB' }],
  'form.pre-file-too-large': [],
  'form.pre-file-too-large.found': [{ size: '10239.8 KB' }],
  'form.non-file-over-4kb': [],
  'form.non-file-over-4kb.found': [{ size: '4.2 KB' }],
  'meta.too-large': [],
  'meta.too-large.found': [{ size: '9.8 KB' }],
  'policy.range-over-5gb': [],
  'policy.range-over-5gb.found': [{ row: 3, min: 1, max: 6442450944, limit: 5368709120 }],
  'expiration.past': [],
  'expiration.past.found': [
    { expiration: '2025-07-01T02:00:00.000Z', now: '2025-07-01T02:44:10.000Z' },
  ],
  'expiration.beyond-v4-validity': [{ days: 7 }],
  'expiration.beyond-v4-validity.found': [
    { expiration: '2025-07-09T00:00:00.000Z', span: '7.9', days: 7 },
  ],
  'expiration.v1-long-lived': [{ days: 7 }],
  'expiration.v1-long-lived.found': [
    { expiration: '2099-01-01T00:00:00.000Z', span: '26847.9', days: 7 },
  ],
  'expiration.skew-risk': [{ minutes: 5 }],
  'expiration.skew-risk.found': [{ left: 2, minutes: 15 }],
  'expiration.short': [{ minutes: 15 }],
  'expiration.short.found': [{ left: 10, skew: 15 }],
  'value.acl': [],
  'value.acl.found': [{ value: 'Private', allowed: '"default", "private"' }],
  'value.storage-class': [],
  'value.storage-class.found': [{ value: 'STANDARD', allowed: '"Standard", "IA"' }],
  'value.sse': [],
  'value.sse.found': [{ value: 'AES128', allowed: '"AES256", "KMS", "SM4"' }],
  'value.sse-key-without-kms': [],
  'value.forbid-overwrite': [],
  'value.forbid-overwrite.found': [{ value: 'abc' }],
  'value.success-action-status': [],
  'value.success-action-status.found': [{ value: '202' }],
  'value.tagging-unsupported': [],
  'callback.too-long': [],
  'callback.too-many-urls': [],
  'callback.url': [],
  'callback.body': [],
  'callback.body-type': [],
  'callback.var-name': [],
};

const LINT_SAMPLES: Samples<typeof LINT_TEXTS> = {
  'field-unconstrained': [],
  'field-unconstrained.found': [
    { field: 'Cache-Control', name: 'cache-control', value: '"no-cache"' },
  ],
  'field-unconstrained.found-long': [{ field: 'Cache-Control', name: 'cache-control' }],
  'condition-field-missing': [],
  'condition-field-missing.found': [{ ...USER_ROW, ...FAILED, field: 'x-oss-object-acl' }],
  'condition-unsatisfied': [],
  'condition-unsatisfied.found': [{ ...USER_ROW, ...FAILED, field: 'key', value: 'other/a.png' }],
  'key-outside-prefix': [],
  'key-outside-prefix.found': [
    { ...USER_ROW, ...FAILED, key: 'user/1/a.png', required: 'uploads/', prefix: 'user/1/' },
  ],
  'filename-template': [],
  'filename-template.found': [{ ...USER_ROW, key: 'user/${filename}' }],
  'v4-condition-missing': [],
  'v4-condition-missing.found': [{ field: 'x-oss-date', value: '20250701T024410Z' }],
  'v4-condition-mismatch': [],
  'v4-condition-mismatch.found': [
    { ...BUILDER_ROW, field: 'x-oss-date', value: '20250702T000000Z' },
  ],
  'v4-condition-mismatch.found-not-sent': [{ ...BUILDER_ROW, field: 'x-oss-credential' }],
  'bucket-mismatch': [],
  'bucket-mismatch.found': [{ ...BUILDER_ROW, ...FAILED, bucket: 'otherbucket' }],
  'content-type-fixed': [],
  'content-type-fixed.found': [{ ...USER_ROW, value: 'image/png' }],
  'content-type-from-file': [],
  'content-type-from-file.found': [{ ...USER_ROW }],
  'sts-token-unconstrained': [],
};

/** Each key with its English and Chinese sentence for the sample arguments. */
function cases(
  en: TextTable,
  zh: TextTable,
  samples: Readonly<Record<string, readonly unknown[]>>,
): [string, Record<string, string | number>, string, string][] {
  return Object.keys(en).map((key) => {
    const params = (samples[key]?.[0] ?? {}) as Record<string, string | number>;
    const say = (table: TextTable) =>
      (table[key] as ((p: typeof params) => string) | undefined)?.(params) ?? '';
    return [key, params, say(en), say(zh)];
  });
}

describe.each([
  ['checks', CHECKS_TEXTS, CHECKS_TEXTS_ZH, CHECK_SAMPLES],
  ['lint', LINT_TEXTS, LINT_TEXTS_ZH, LINT_SAMPLES],
] as const)('the %s sentences in Chinese', (_, en, zh, samples) => {
  it('has a Chinese entry for every English key, and no other', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(cases(en, zh, samples))('%s', (_key, params, english, chinese) => {
    expect(english).not.toBe('');
    expect(chinese).toMatch(/[\u3400-\u9fff]/);
    expect(findEnglishLeftovers(chinese)).toEqual([]);
    // every value the English sentence shows (numbers, field names, dates, JSON) the Chinese shows too
    const shown = Object.values(params)
      .map(String)
      .filter((value) => value !== '' && english.includes(value));
    expect(shown.filter((value) => !chinese.includes(value))).toEqual([]);
  });
});

describe('condition names in Chinese', () => {
  it.each([
    [USER_ROW, '您的第 2 条条件（starts-with key uploads/）'],
    [BUILDER_ROW, '构建器自动添加的条件 eq bucket examplebucket'],
  ])('%o', (params, expected) => {
    expect(CHECKS_TEXTS_ZH['condition-name'](params)).toBe(expected);
  });
});
