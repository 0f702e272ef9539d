import { describe, expect, it } from 'vitest';
import { checkPostForm, CHECK_RULES } from './check-post-form.ts';
import { runRules } from './rule.ts';
import type { FieldSpec, PostForm, PostFormSpec } from '../form/form-types.ts';
import type { PolicyCondition } from '../policy/policy-types.ts';

const NOW = new Date('2025-07-01T02:44:10Z');
const CREDENTIAL = 'AKIDEXAMPLE/20250701/cn-hangzhou/oss/aliyun_v4_request';

interface Draft {
  version: 'v1' | 'v4';
  bucket: string;
  url: string;
  secret: string;
  accessKeyId: string;
  expiration: string;
  fields: FieldSpec[];
  conditions: PolicyCondition[];
  callback?: PostFormSpec['callback'];
}

function baseDraft(): Draft {
  return {
    version: 'v4',
    bucket: 'examplebucket',
    url: 'https://examplebucket.oss-cn-hangzhou.aliyuncs.com',
    secret: 'yourAccessKeySecret',
    accessKeyId: 'AKIDEXAMPLE',
    expiration: '2025-07-01T03:44:10.000Z',
    fields: [
      { name: 'key', value: 'user/${filename}' },
      { name: 'Content-Type', value: 'image/png' },
      { name: 'success_action_status', value: '200' },
      { name: 'x-oss-signature-version', value: 'OSS4-HMAC-SHA256' },
      { name: 'x-oss-credential', value: CREDENTIAL },
      { name: 'x-oss-date', value: '20250701T024410Z' },
      { name: 'policy', value: 'eyJ9' },
      { name: 'x-oss-signature', value: 'ab'.repeat(32) },
    ],
    conditions: [
      { bucket: 'examplebucket' },
      { 'x-oss-signature-version': 'OSS4-HMAC-SHA256' },
      { 'x-oss-credential': CREDENTIAL },
      { 'x-oss-date': '20250701T024410Z' },
      ['starts-with', '$key', 'user/'],
      ['eq', '$content-type', 'image/png'],
      ['eq', '$success_action_status', '200'],
      ['content-length-range', 1, 10485760],
    ],
  };
}

function check(draft: Draft) {
  const policy = { expiration: draft.expiration, conditions: draft.conditions };
  const form: Omit<PostForm, 'checks'> = {
    url: draft.url,
    version: draft.version,
    fields: [
      ...draft.fields.map((f) => ({ kind: 'field' as const, ...f, why: '' })),
      { kind: 'file', name: 'file', why: '' },
    ],
    policy,
    policyJson: JSON.stringify(policy),
    policyBase64: 'eyJ9',
    signature: '',
  };
  const spec: PostFormSpec = {
    target: { bucket: draft.bucket, region: 'cn-hangzhou' },
    signatureVersion: draft.version,
    credentials: { accessKeyId: draft.accessKeyId, accessKeySecret: draft.secret },
    key: draft.fields.find((f) => f.name === 'key')?.value ?? '',
    expiration: draft.expiration,
    ...(draft.callback ? { callback: draft.callback } : {}),
  };
  return checkPostForm({ form, spec, now: NOW });
}

const setField = (name: string, value: string) => (d: Draft) => {
  const at = d.fields.findIndex((f) => f.name.toLowerCase() === name.toLowerCase());
  if (at >= 0) d.fields[at] = { name: d.fields[at].name, value };
  else d.fields.push({ name, value });
};
const addField = (name: string, value: string, condition?: PolicyCondition) => (d: Draft) => {
  d.fields.push({ name, value });
  d.conditions.push(condition ?? ['eq', `$${name.toLowerCase()}`, value]);
};
const CB = { urls: ['https://cb.example.com/oss'], body: 'object=${object}' };

describe('checkPostForm: the baseline V4 form is clean', () => {
  it('has no findings', () => {
    expect(check(baseDraft())).toEqual([]);
  });
});

describe('checkPostForm: one row per limit rule', () => {
  it.each<[string, 'error' | 'warning' | 'info', (d: Draft) => void, string[]?]>([
    ['credentials.secret-missing', 'error', (d) => void (d.secret = ''), ['x-oss-signature']],
    [
      'credentials.access-key-missing',
      'error',
      (d) => void (d.accessKeyId = ''),
      ['x-oss-credential'],
    ],
    [
      'endpoint.internal',
      'warning',
      (d) => void (d.url = 'https://examplebucket.oss-cn-hangzhou-internal.aliyuncs.com'),
    ],
    [
      'bucket.name-invalid',
      'error',
      (d) => {
        d.bucket = 'Example_Bucket';
        d.conditions[0] = { bucket: 'Example_Bucket' };
      },
      ['bucket'],
    ],
    [
      'key.empty',
      'error',
      (d) => {
        setField('key', '')(d);
        d.conditions[4] = ['starts-with', '$key', ''];
      },
      ['key'],
    ],
    ['key.too-long', 'error', (d) => setField('key', `user/${'a'.repeat(1020)}`)(d), ['key']],
    [
      'key.leading-slash',
      'error',
      (d) => {
        setField('key', '/user/a.png')(d);
        d.conditions[4] = ['starts-with', '$key', '/user/'];
      },
      ['key'],
    ],
    ['key.not-utf8', 'error', (d) => setField('key', 'user/\uD800')(d), ['key']],
    [
      'form.field-name-too-long',
      'error',
      addField(`x-oss-meta-${'n'.repeat(8192)}`, 'v'),
      [`x-oss-meta-${'n'.repeat(8192)}`],
    ],
    [
      'form.field-value-too-long',
      'error',
      addField('x-oss-meta-big', 'v'.repeat(2 * 1024 * 1024 + 1)),
      ['x-oss-meta-big'],
    ],
    [
      'form.pre-file-too-large',
      'error',
      (d) => {
        for (let i = 0; i < 5; i++) addField(`x:v${i}`, 'v'.repeat(2 * 1024 * 1024 - 100))(d);
      },
    ],
    ['form.non-file-over-4kb', 'warning', addField('Content-Disposition', 'x'.repeat(4000))],
    [
      'meta.too-large',
      'error',
      (d) => {
        addField('x-oss-meta-a', 'a'.repeat(5000))(d);
        addField('x-oss-meta-b', 'b'.repeat(5000))(d);
      },
      ['x-oss-meta-a', 'x-oss-meta-b'],
    ],
    [
      'policy.range-over-5gb',
      'error',
      (d) => void (d.conditions[7] = ['content-length-range', 1, 6 * 1024 ** 3]),
    ],
    ['expiration.past', 'error', (d) => void (d.expiration = '2025-07-01T02:00:00.000Z')],
    [
      'expiration.beyond-v4-validity',
      'error',
      (d) => void (d.expiration = '2025-07-09T00:00:00.000Z'),
    ],
    ['expiration.skew-risk', 'warning', (d) => void (d.expiration = '2025-07-01T02:46:10.000Z')],
    ['expiration.short', 'info', (d) => void (d.expiration = '2025-07-01T02:54:10.000Z')],
    ['value.acl', 'error', addField('x-oss-object-acl', 'Private'), ['x-oss-object-acl']],
    [
      'value.storage-class',
      'error',
      addField('x-oss-storage-class', 'STANDARD'),
      ['x-oss-storage-class'],
    ],
    [
      'value.sse',
      'error',
      addField('x-oss-server-side-encryption', 'AES128'),
      ['x-oss-server-side-encryption'],
    ],
    [
      'value.sse-key-without-kms',
      'error',
      (d) => {
        addField('x-oss-server-side-encryption', 'AES256')(d);
        addField('x-oss-server-side-encryption-key-id', 'k-1')(d);
      },
    ],
    [
      'value.forbid-overwrite',
      'error',
      addField('x-oss-forbid-overwrite', 'abc'),
      ['x-oss-forbid-overwrite'],
    ],
    [
      'value.success-action-status',
      'warning',
      (d) => {
        setField('success_action_status', '202')(d);
        d.conditions[6] = ['eq', '$success_action_status', '202'];
      },
      ['success_action_status'],
    ],
    ['value.tagging-unsupported', 'warning', addField('x-oss-tagging', 'a=b'), ['x-oss-tagging']],
    [
      'callback.too-long',
      'error',
      (d) => {
        d.callback = { ...CB, body: 'b'.repeat(4000) };
        addField('callback', 'cb')(d);
      },
      ['callback'],
    ],
    [
      'callback.too-many-urls',
      'error',
      (d) => {
        d.callback = { ...CB, urls: Array(6).fill('https://cb.example.com/oss') };
        addField('callback', 'cb')(d);
      },
    ],
    [
      'callback.url',
      'error',
      (d) => {
        d.callback = { ...CB, urls: ['http://10.0.0.8/cb'] };
        addField('callback', 'cb')(d);
      },
    ],
    [
      'callback.body',
      'error',
      (d) => {
        d.callback = { ...CB, body: '' };
        addField('callback', 'cb')(d);
      },
    ],
    [
      'callback.body-type',
      'error',
      (d) => {
        d.callback = { ...CB, bodyType: 'text/plain' as 'application/json' };
        addField('callback', 'cb')(d);
      },
    ],
    [
      'callback.var-name',
      'error',
      (d) => {
        d.callback = { ...CB, vars: { 'x:MyVar': '1' } };
        addField('callback', 'cb')(d);
        addField('x:MyVar', '1')(d);
      },
      ['x:MyVar'],
    ],
  ])('%s (%s)', (id, severity, mutate, fields) => {
    const draft = baseDraft();
    mutate(draft);
    const found = check(draft).filter((c) => c.id === id);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].severity).toBe(severity);
    expect(found[0].message.length).toBeGreaterThan(20);
    expect(found[0].docUrl).toMatch(
      /^https:\/\/(www\.alibabacloud\.com\/|help\.aliyun\.com\/|api\.aliyun\.com\/troubleshoot\?q=)/,
    );
    if (fields) expect(found[0].fields).toEqual(fields);
  });

  it('covers every rule of CHECK_RULES', () => {
    const rows = new Set([
      'credentials.secret-missing',
      'credentials.access-key-missing',
      'endpoint.internal',
      'bucket.name-invalid',
      'key.empty',
      'key.too-long',
      'key.leading-slash',
      'key.not-utf8',
      'form.field-name-too-long',
      'form.field-value-too-long',
      'form.pre-file-too-large',
      'form.non-file-over-4kb',
      'meta.too-large',
      'policy.range-over-5gb',
      'expiration.past',
      'expiration.beyond-v4-validity',
      'expiration.skew-risk',
      'expiration.short',
      'value.acl',
      'value.storage-class',
      'value.sse',
      'value.sse-key-without-kms',
      'value.forbid-overwrite',
      'value.success-action-status',
      'value.tagging-unsupported',
      'callback.too-long',
      'callback.too-many-urls',
      'callback.url',
      'callback.body',
      'callback.body-type',
      'callback.var-name',
    ]);
    expect(CHECK_RULES.map((r) => r.id).filter((id) => !rows.has(id))).toEqual([]);
  });

  it('uses the V1 signature field name when V1 has no secret', () => {
    const draft = baseDraft();
    draft.version = 'v1';
    draft.secret = '';
    expect(check(draft).find((c) => c.id === 'credentials.secret-missing')?.fields).toEqual([
      'Signature',
    ]);
  });

  it('accepts every documented value without findings', () => {
    const draft = baseDraft();
    addField('x-oss-object-acl', 'public-read')(draft);
    addField('x-oss-storage-class', 'DeepColdArchive')(draft);
    addField('x-oss-server-side-encryption', 'KMS')(draft);
    addField('x-oss-server-side-encryption-key-id', 'key-1')(draft);
    addField('x-oss-forbid-overwrite', 'true')(draft);
    expect(check(draft)).toEqual([]);
  });
});

describe('runRules', () => {
  it('turns a rule that throws into an info record instead of breaking the page', () => {
    const checks = runRules(
      [
        {
          id: 'broken',
          severity: 'error',
          message: 'm',
          docUrl: 'https://www.alibabacloud.com/help/en/oss/developer-reference/postobject',
          fields: ['key'],
          find: () => {
            throw new Error('bug');
          },
        },
      ],
      {},
    );
    expect(checks).toEqual([
      expect.objectContaining({ id: 'broken.failed', severity: 'info', fields: ['key'] }),
    ]);
  });
});
