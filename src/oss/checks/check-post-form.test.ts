import { describe, expect, it } from 'vitest';
import { buildPostForm } from '../build-post-form.ts';
import { checkPostForm, CHECK_RULES } from './check-post-form.ts';
import { runRules } from './rule.ts';
import { LINT_RULES } from './lint-rules.ts';
import { CHECKS_TEXTS, LINT_TEXTS } from './texts-en.ts';
import type { Check } from '../check-types.ts';
import { localizeText } from '../texts.ts';
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
  credentials?: Partial<PostFormSpec['credentials']>;
  sandbox?: PostFormSpec['sandbox'];
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
    credentials: {
      accessKeyId: draft.accessKeyId,
      accessKeySecret: draft.secret,
      ...draft.credentials,
    },
    ...(draft.sandbox ? { sandbox: draft.sandbox } : {}),
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
/** Each rule's message for the row below, in full. */
const MESSAGES: Record<string, string> = {
  'credentials.secret-missing':
    'The AccessKey secret is empty, so the policy cannot be signed. Enter the secret (it stays in this page only) or paste a signature computed by your server.',
  'credentials.sts-expires-first':
    "The STS token expires at 2025-07-01T03:14:10Z, before the policy (2025-07-01T03:44:10.000Z); from then on OSS answers 403 SecurityTokenExpired although the policy still looks valid. Set the expiration no later than the token's, or fetch a token that lives longer.",
  'credentials.sandbox-key-elsewhere':
    'The AccessKey ID "LTAI-sandbox-demo" is the local sandbox\'s demo key, but the form now posts to https://examplebucket.oss-cn-hangzhou.aliyuncs.com; OSS does not know that key and answers 403 InvalidAccessKeyId. Enter your own AccessKey (or an STS token) for this target.',
  'credentials.access-key-missing':
    'The AccessKey ID is empty; OSS answers "Post request accessKeyId is empty." Enter it.',
  'endpoint.not-http':
    'The form would post to "javascript://%0aalert(1)", which is not an http:// or https:// URL; browsers do not upload there and the snippets leave it out. Enter the endpoint as https://….',
  'endpoint.internal':
    'The endpoint is an "-internal" (VPC) host, which only resolves inside Alibaba Cloud; a browser cannot reach it. Use the public endpoint (without "-internal").',
  'bucket.name-invalid':
    'The bucket name "Example_Bucket" may only contain lower-case letters, digits and hyphens (-); rename it or pick the right bucket.',
  'key.empty': 'The object key is empty; give the upload a name such as "uploads/${filename}".',
  'key.too-long': 'The object key is 1025 UTF-8 bytes; OSS allows at most 1023. Shorten it.',
  'key.leading-slash':
    'The object key "/user/a.png" starts with "/"; OSS keys cannot. Remove the leading character.',
  'key.not-utf8':
    'The object key holds a broken character that cannot be encoded as UTF-8; retype it.',
  'form.field-name-too-long':
    'The field name "x-oss-meta-nnnnnnnnnnnnnnnnnnnnnnnnnnnnn…" is 8.0 KB; OSS allows 8 KB per name (FieldItemTooLong). Use a shorter name.',
  'form.field-value-too-long':
    'The value of "x-oss-meta-big" is 2048.0 KB; OSS allows 2 MB per value (FieldItemTooLong). Move the data into the file or shorten it.',
  'form.pre-file-too-large':
    'The fields before the file add up to 10239.8 KB; OSS allows 8 MB (MaxPOSTPreDataLengthExceededError). Remove or shorten fields.',
  'form.non-file-over-4kb':
    "The fields other than the file add up to 4.2 KB. The current limits are 8 KB per name and 2 MB per value, but OSS's HTTP 400 reference still names 4 KB for all non-file fields (FieldItemTooLong); keep them under 4 KB to be safe.",
  'meta.too-large':
    "The x-oss-meta-* fields add up to 9.8 KB; an object's user metadata may total 8 KB. Drop or shorten some.",
  'policy.range-over-5gb':
    'Your condition 3: content-length-range 1–6442450944 bytes reaches past 5 GB, but a PostObject upload is at most 5 GB (5368709120 bytes); OSS answers EntityTooLarge above that. Lower the maximum.',
  'expiration.past':
    'The policy expired at 2025-07-01T02:00:00.000Z, before now (2025-07-01T02:44:10.000Z); OSS answers 403 AccessDenied "Invalid according to Policy: Policy expired." Set a later expiration (UTC, e.g. new Date(Date.now() + 3600e3).toISOString()).',
  'expiration.beyond-v4-validity':
    'The expiration 2025-07-09T00:00:00.000Z is 7.9 days after x-oss-date; OSS honours a V4 signature at most 7 days (EC 0002-00000709 afterwards). Shorten the expiration or re-sign before then.',
  'expiration.v1-long-lived':
    'The V1 policy expires at 2099-01-01T00:00:00.000Z, 26846.9 days from now: until then anyone holding this form can upload with your signature. Sign for at most 7 days (V4 allows no more), or use V4.',
  'expiration.skew-risk':
    'The policy expires in 2 min. A signing clock a few minutes off (a common cause of "Policy expired.") or a slow upload breaks it; allow at least 15 minutes.',
  'expiration.short':
    'The policy expires in 10 min; large uploads or clock skew may outlast it. OSS allows 15 minutes of skew for V4 — an hour is a common choice.',
  'value.acl':
    'x-oss-object-acl "Private" is not an OSS ACL; use one of "default", "private", "public-read", "public-read-write" (values are case-sensitive).',
  'value.storage-class':
    'x-oss-storage-class "STANDARD" is not a storage class; use one of "Standard", "IA", "Archive", "ColdArchive", "DeepColdArchive".',
  'value.sse':
    'x-oss-server-side-encryption "AES128" is not supported (InvalidEncryptionAlgorithmError); use "AES256", "KMS", "SM4".',
  'value.sse-key-without-kms':
    'x-oss-server-side-encryption-key-id is only valid with x-oss-server-side-encryption "KMS"; set KMS or remove the key id.',
  'value.forbid-overwrite':
    'x-oss-forbid-overwrite "abc" is neither "true" nor "false"; OSS rejects it (EC 0006-00000117).',
  'value.success-action-status':
    'success_action_status "202" is not 200, 201 or 204, so OSS ignores it and answers 204 with an empty body. Use 200 (empty body that upload widgets accept) or 201 (XML PostResponse).',
  'value.tagging-unsupported':
    'x-oss-tagging cannot be specified in PostObject requests (API reference); tag the object afterwards with PutObjectTagging.',
  'callback.too-long':
    'The Base64 callback is 5492 bytes; OSS allows 5120. Shorten the callback body or URLs. OSS answers "The length of callback exceed max value."',
  'callback.too-many-urls':
    'The callback names 6 URLs; OSS tries at most 5. Remove some. OSS answers "The number of callback url exceed max value."',
  'callback.url':
    'OSS cannot call "http://10.0.0.8/cb": it is a private or loopback address. Use a publicly reachable callback server. OSS answers "Private address is forbidden to callback."',
  'callback.body':
    'The callback has no callbackBody; add one, e.g. "bucket=${bucket}&object=${object}". OSS answers "The callback body is empty."',
  'callback.body-type':
    'callbackBodyType "text/plain" is not supported; use application/x-www-form-urlencoded or application/json. OSS answers "The body type of callback is not supported."',
  'callback.var-name':
    'The callback variable "x:MyVar" must be lower case: rename it "x:myvar" here and in the callback body.',
};

/** The English tables by namespace: a finding's text, said in English, is its message. */
const ENGLISH = { checks: CHECKS_TEXTS, lint: LINT_TEXTS };
/**
 * Rules whose case message is another folder's Problem (the naming rules', the callback
 * validation's): their text is that Problem's, or the rule's own default text until it has one.
 */
const PASSED_ON = new Set([
  'bucket.name-invalid',
  'key.empty',
  'key.too-long',
  'key.leading-slash',
  'key.not-utf8',
  ...CHECK_RULES.filter((rule) => rule.id.startsWith('callback.')).map((rule) => rule.id),
]);

/** The finding carries `text`, named after its rule, and in English it says the message. */
function expectText(found: Check) {
  expect(found.text).toEqual({ id: expect.any(String), params: expect.any(Object) });
  const id = found.text?.id ?? '';
  if (PASSED_ON.has(found.id) && !id.startsWith(`checks.${found.id}`)) return;
  expect([`checks.${found.id}`, found.id].some((prefix) => id.startsWith(prefix))).toBe(true);
  if (PASSED_ON.has(found.id) && id === `checks.${found.id}`) return;
  expect(localizeText(found, ENGLISH)).toBe(found.message);
}

const CB = { urls: ['https://cb.example.com/oss'], body: 'object=${object}' };

describe('checkPostForm: the baseline V4 form is clean', () => {
  it('has no findings', () => {
    expect(check(baseDraft())).toEqual([]);
  });
});

/** One row per limit rule: the rule, its severity, a change to the baseline that trips it, its fields. */
const ROWS: [string, 'error' | 'warning' | 'info', (d: Draft) => void, string[]?][] = [
  ['credentials.secret-missing', 'error', (d) => void (d.secret = ''), ['x-oss-signature']],
  [
    'credentials.access-key-missing',
    'error',
    (d) => void (d.accessKeyId = ''),
    ['x-oss-credential'],
  ],
  [
    'credentials.sts-expires-first',
    'warning',
    (d) =>
      void (d.credentials = {
        securityToken: 'CAIS-token',
        securityTokenExpiration: '2025-07-01T03:14:10Z',
      }),
    ['x-oss-security-token'],
  ],
  [
    'credentials.sandbox-key-elsewhere',
    'warning',
    (d) => {
      d.accessKeyId = 'LTAI-sandbox-demo';
      d.sandbox = {
        endpoint: 'http://127.0.0.1:9100/examplebucket',
        accessKeyId: 'LTAI-sandbox-demo',
      };
    },
    ['x-oss-credential'],
  ],
  ['endpoint.not-http', 'error', (d) => void (d.url = 'javascript://%0aalert(1)')],
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
    (d) => void (d.conditions[6] = ['content-length-range', 1, 6 * 1024 ** 3]),
  ],
  ['expiration.past', 'error', (d) => void (d.expiration = '2025-07-01T02:00:00.000Z')],
  [
    'expiration.beyond-v4-validity',
    'error',
    (d) => void (d.expiration = '2025-07-09T00:00:00.000Z'),
  ],
  [
    'expiration.v1-long-lived',
    'warning',
    (d) => {
      d.version = 'v1';
      d.expiration = '2099-01-01T00:00:00.000Z';
    },
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
      d.conditions[5] = ['eq', '$success_action_status', '202'];
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
];

describe('checkPostForm: one row per limit rule', () => {
  it.each(ROWS)('%s (%s)', (id, severity, mutate, fields) => {
    const draft = baseDraft();
    mutate(draft);
    const found = check(draft).filter((c) => c.id === id);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].severity).toBe(severity);
    expect(found[0].message).toBe(MESSAGES[id]);
    expect(found[0].conditionRow).toBe(id === 'policy.range-over-5gb' ? 2 : undefined);
    expect(found[0].docUrl).toMatch(
      /^https:\/\/(www\.alibabacloud\.com\/|help\.aliyun\.com\/|api\.aliyun\.com\/troubleshoot\?q=)/,
    );
    if (fields) expect(found[0].fields).toEqual(fields);
    expectText(found[0]);
  });

  it("every rule's row gives findings (its own and the lint's) that all carry their text", () => {
    const all = ROWS.flatMap(([, , mutate]) => {
      const draft = baseDraft();
      mutate(draft);
      return check(draft);
    });
    expect(all.filter((c) => c.text === undefined).map((c) => c.id)).toEqual([]);
    all.forEach(expectText);
    const ids = new Set(all.map((c) => c.id));
    expect(CHECK_RULES.map((rule) => rule.id).filter((id) => !ids.has(id))).toEqual([]);
  });

  it("every rule's default message is said from its table, under the rule's id", () => {
    const rules = [...CHECK_RULES, ...LINT_RULES];
    const unsaid = rules.filter(
      (rule) =>
        ![`checks.${rule.id}`, rule.id].includes(rule.text.id) ||
        localizeText(rule, ENGLISH) !== rule.message,
    );
    expect(unsaid.map((rule) => rule.id)).toEqual([]);
  });

  it('covers every rule of CHECK_RULES', () => {
    const rows = new Set([
      'credentials.secret-missing',
      'credentials.access-key-missing',
      'credentials.sts-expires-first',
      'credentials.sandbox-key-elsewhere',
      'endpoint.not-http',
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
      'expiration.v1-long-lived',
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

  it('keeps quiet when the token outlives the policy or the demo key posts to the sandbox', () => {
    const draft = baseDraft();
    draft.credentials = { securityToken: 'tok', securityTokenExpiration: '2025-07-01T04:00:00Z' };
    draft.accessKeyId = 'LTAI-sandbox-demo';
    draft.url = 'http://127.0.0.1:9100/examplebucket';
    draft.sandbox = {
      endpoint: 'http://127.0.0.1:9100/examplebucket',
      accessKeyId: 'LTAI-sandbox-demo',
    };
    expect(check(draft).map((c) => c.id)).toEqual([]);
  });

  it('gives V1 forms neither the V4 7-day rule nor V4 field names', () => {
    const draft = baseDraft();
    draft.version = 'v1';
    draft.expiration = '2025-07-09T00:00:00.000Z';
    draft.secret = '';
    const found = check(draft);
    expect(found.map((c) => c.id)).not.toContain('expiration.beyond-v4-validity');
    expect(found.flatMap((c) => c.fields).filter((f) => f.startsWith('x-oss-'))).toEqual([]);
  });

  it('never names the V1 Signature field on a V4 form, even when a rule fails to run', () => {
    const broken = CHECK_RULES.filter((rule) => rule.id.startsWith('credentials.')).map((rule) => ({
      ...rule,
      find: () => {
        throw new Error('bug');
      },
    }));
    const fields = runRules(broken, {}).flatMap((c) => c.fields);
    expect(fields).not.toContain('Signature');
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
          text: { id: 'test.broken', params: {} },
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
    expect(checks[0].text).toEqual({
      id: 'checks.rule-failed',
      params: { rule: 'broken', error: 'Error: bug' },
    });
    expect(localizeText(checks[0], ENGLISH)).toBe(checks[0].message);
  });
});

describe('checkPostForm through buildPostForm: what the page passes reaches the checks', () => {
  const spec = (): PostFormSpec => ({
    target: { bucket: 'examplebucket', region: 'cn-hangzhou' },
    credentials: {
      accessKeyId: 'LTAI-sandbox-demo',
      accessKeySecret: 'demo-secret',
      securityToken: 'CAIS-token',
      securityTokenExpiration: '2025-07-01T03:00:00Z',
    },
    sandbox: { endpoint: 'http://127.0.0.1:9100/examplebucket', accessKeyId: 'LTAI-sandbox-demo' },
    key: 'user/123/${filename}',
    expiration: '2025-07-01T03:44:10.000Z',
    now: NOW,
    conditions: [['starts-with', '$key', 'uploads/']],
  });

  it('numbers the user rows after the builder conditions (bucket, V4 trio, STS token)', async () => {
    const form = await buildPostForm(spec());
    const byId = new Map(form.checks.map((c) => [c.id, c]));
    expect(byId.get('lint.key-outside-prefix')).toMatchObject({
      conditionRow: 0,
      fields: ['key'],
      message: expect.stringContaining('fails your condition 1: starts-with key uploads/;'),
    });
    expect(byId.get('credentials.sts-expires-first')?.severity).toBe('warning');
    expect(byId.get('credentials.sandbox-key-elsewhere')?.fields).toEqual(['x-oss-credential']);
  });

  it('V1: one builder condition (bucket) before the rows, plus the token', async () => {
    const form = await buildPostForm({ ...spec(), signatureVersion: 'v1' });
    const found = form.checks.find((c) => c.id === 'lint.key-outside-prefix');
    expect(found?.conditionRow).toBe(0);
    expect(form.policy.conditions).toHaveLength(3);
  });
});
