import { describe, expect, it } from 'vitest';
import { bucketNameSchema, builderValuesSchema, type BuilderValues } from './builder-schema.ts';
import { DEFAULT_VALUES } from './defaults.ts';
import { FORM_SCHEMA_TEXTS } from './texts-en.ts';
import { sayFormError } from './say-form-error.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

/** A schema issue as the page shows it in English (the schema writes message ids). */
const say = (message: string | undefined) => sayFormError(message, textsNow(FORM_SCHEMA_TEXTS));

const withSecret: BuilderValues = {
  ...DEFAULT_VALUES,
  credentials: { ...DEFAULT_VALUES.credentials, accessKeyId: 'LTAI5t', accessKeySecret: 's3cret' },
};

function messagesFor(values: BuilderValues, path: string): string[] {
  const result = builderValuesSchema.safeParse(values);
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => issue.path.join('.') === path)
    .map((issue) => say(issue.message) ?? '');
}

describe('bucket name rules, as typed', () => {
  it.each([
    ['examplebucket', true],
    ['my-bucket-1', true],
    ['abc', true],
    ['ab', false],
    ['a'.repeat(64), false],
    ['Example', false],
    ['my_bucket', false],
    ['-bucket', false],
    ['bucket-', false],
  ])('%s → valid %s', (name, valid) => {
    expect(bucketNameSchema.safeParse(name).success).toBe(valid);
  });

  it('says which rule fails', () => {
    const result = bucketNameSchema.safeParse('My_Bucket');
    expect(result.success).toBe(false);
    expect(say(result.error?.issues[0].message)).toMatch(/lower-case letters, digits and hyphens/);
  });
});

describe('the whole form', () => {
  it('accepts the defaults once an AccessKey is typed', () => {
    expect(builderValuesSchema.safeParse(withSecret).success).toBe(true);
  });

  it('asks for the AccessKey ID and secret', () => {
    expect(messagesFor(DEFAULT_VALUES, 'credentials.accessKeyId')[0]).toMatch(/AccessKey ID/);
    expect(messagesFor(DEFAULT_VALUES, 'credentials.accessKeySecret')[0]).toMatch(/secret/);
  });

  it.each([
    ['', /1 to 1023/],
    ['x'.repeat(1024), /1 to 1023/],
    ['/leading', /cannot start with/],
    ['\\leading', /cannot start with/],
  ])('refuses object key %j', (key, message) => {
    expect(messagesFor({ ...withSecret, key }, 'key')[0]).toMatch(message);
  });

  it('counts the key in UTF-8 bytes: 342 Chinese characters are 1026 bytes', () => {
    expect(messagesFor({ ...withSecret, key: '图'.repeat(342) }, 'key')).toHaveLength(1);
    expect(messagesFor({ ...withSecret, key: '图'.repeat(341) }, 'key')).toHaveLength(0);
  });

  it.each([
    'tomorrow',
    // V8's Date.parse reads these as dates: "(…)" is a comment to it, and U+2028 ends a line of a snippet.
    '2030-01-01T00:00:00Z (\u2028window.__pwned=1;alert(5))',
    '2030-01-01T00:00:00Z (</script><script>alert(1)</script>)',
    'Tue, 01 Jan 2030 00:00:00 GMT',
  ])('refuses an absolute expiration that is not ISO 8601: %j', (absolute) => {
    const values = {
      ...withSecret,
      expiration: { ...withSecret.expiration, mode: 'absolute' as const, absolute },
    };
    expect(messagesFor(values, 'expiration.absolute')[0]).toMatch(/ISO 8601/);
  });

  it('refuses an endpoint without a scheme', () => {
    const values = {
      ...withSecret,
      target: { ...withSecret.target, mode: 'custom' as const, endpoint: 'cdn.example.com' },
    };
    expect(messagesFor(values, 'target.endpoint')[0]).toMatch(/https:\/\//);
  });

  it("keeps the builder's own fields out of the optional fields", () => {
    const values = { ...withSecret, fields: [{ name: 'policy', value: 'x' }] };
    expect(messagesFor(values, 'fields.0.name')[0]).toMatch(/set by the builder/);
  });

  it('names the choices when a value is not one of them', () => {
    const values = { ...withSecret, sendOrder: 'file-first' } as unknown as BuilderValues;
    expect(messagesFor(values, 'sendOrder')[0]).toBe('Choose one of: standard, key-after-file.');
  });

  it.each([
    [Number.NaN, 'Enter a whole number.'],
    [1.5, 'Enter a whole number.'],
    [-1, 'A size cannot be negative.'],
  ])('refuses a size of %s in a content-length-range row', (min, message) => {
    const row = {
      kind: 'content-length-range' as const,
      field: '',
      value: '',
      values: '',
      min,
      minUnit: 'B' as const,
      max: 10,
      maxUnit: 'MB' as const,
    };
    expect(messagesFor({ ...withSecret, conditions: [row] }, 'conditions.0.min')).toEqual([
      message,
    ]);
  });
});

describe('the schema’s messages are ids the page says in the reader’s words', () => {
  it.each([
    ['regionMissing', 'Choose a region, e.g. cn-hangzhou.'],
    ['choice:v4, v1', 'Choose one of: v4, v1.'],
    [
      'bucketLength',
      'A bucket name has 3 to 63 characters (https://www.alibabacloud.com/help/en/oss/user-guide/bucket-naming-conventions).',
    ],
    ['a text that is no id', 'a text that is no id'],
  ])('%s → %s', (message, english) => {
    expect(say(message)).toBe(english);
  });

  it('writes only ids that FORM_SCHEMA_TEXTS knows', () => {
    const result = builderValuesSchema.safeParse({
      ...DEFAULT_VALUES,
      key: '',
      target: { ...DEFAULT_VALUES.target, bucket: 'A', region: '', endpoint: 'x' },
    });
    const ids = result.success ? [] : result.error.issues.map((issue) => issue.message);
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) expect(Object.keys(textsNow(FORM_SCHEMA_TEXTS))).toContain(id);
  });
});
