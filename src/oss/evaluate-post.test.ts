import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUtf8Base64 } from './formats/base64.ts';
import { buildPostForm } from './build-post-form.ts';
import { encodeCallback } from './callback/callback-encode.ts';
import { evaluatePost } from './evaluate-post.ts';
import type { PolicyCondition } from './policy/policy-types.ts';
import type {
  Accepted,
  EvaluateInput,
  KnownAccessKey,
  PostPart,
  Rejected,
  SyncSigner,
} from './evaluate/verdict-types.ts';

// --- a small request builder that signs with node:crypto, independently of src/oss's signer ---

const NOW = new Date('2025-07-01T02:44:10Z');
const DATE = '20250701T024410Z';
const AK = 'AKIDEXAMPLE';
const SECRET = 'yourAccessKeySecret';
const STS_AK = 'STS.tempKey';
const STS_TOKEN = 'token-123';
const KEYS: Record<string, KnownAccessKey> = {
  [AK]: { accessKeyId: AK, accessKeySecret: SECRET },
  [STS_AK]: {
    accessKeyId: STS_AK,
    accessKeySecret: 'stsSecret',
    securityToken: STS_TOKEN,
    expiresAt: new Date('2025-07-01T03:44:10Z'),
  },
  'STS.expired': {
    accessKeyId: 'STS.expired',
    accessKeySecret: 'stsSecret',
    securityToken: STS_TOKEN,
    expiresAt: new Date('2025-07-01T02:00:00Z'),
  },
};

const hmac = (key: Buffer | string, data: string, hash: 'sha1' | 'sha256') =>
  createHmac(hash, key).update(data, 'utf8').digest();

const nodeSign: SyncSigner = ({ version, policyBase64, accessKeySecret, date, region }) => {
  if (version === 'v1') return hmac(accessKeySecret, policyBase64, 'sha1').toString('base64');
  let key = hmac(`aliyun_v4${accessKeySecret}`, date ?? '', 'sha256');
  for (const part of [region ?? '', 'oss', 'aliyun_v4_request']) key = hmac(key, part, 'sha256');
  return hmac(key, policyBase64, 'sha256').toString('hex');
};

interface Options {
  version?: 'v1' | 'v4';
  accessKeyId?: string;
  /** The secret the client signs with (default: the known one). */
  secret?: string;
  signRegion?: string;
  /** The V4 x-oss-date (default DATE, the server's clock). */
  date?: string;
  /** The region written in x-oss-credential (default cn-hangzhou, the bucket's). */
  credentialRegion?: string;
  token?: string;
  expiration?: string;
  conditions?: PolicyCondition[];
  extraConditions?: PolicyCondition[];
  fields?: [string, string][];
  file?: { filename: string; size: number; contentType: string };
  contentType?: string;
  acl?: EvaluateInput['bucket']['acl'];
  exists?: string[];
  /** Last-minute changes to the signed parts. */
  edit?: (parts: PostPart[]) => PostPart[];
}

function request(options: Options = {}): EvaluateInput {
  const version = options.version ?? 'v4';
  const date = options.date ?? DATE;
  const accessKeyId = options.accessKeyId ?? AK;
  const credential = `${accessKeyId}/${date.slice(0, 8)}/${options.credentialRegion ?? 'cn-hangzhou'}/oss/aliyun_v4_request`;
  const userFields = options.fields ?? [
    ['key', 'user/${filename}'],
    ['Content-Type', 'image/png'],
    ['success_action_status', '200'],
  ];
  const v4Fields: [string, string][] =
    version === 'v4'
      ? [
          ['x-oss-signature-version', 'OSS4-HMAC-SHA256'],
          ['x-oss-credential', credential],
          ['x-oss-date', date],
        ]
      : [];
  const conditions = options.conditions ?? [
    { bucket: 'examplebucket' },
    ...v4Fields.map(([name, value]) => ({ [name]: value })),
    ['starts-with', '$key', 'user/'],
    ['content-length-range', 1, 1024 * 1024],
    ...(options.extraConditions ?? []),
  ];
  const policy = encodeUtf8Base64(
    JSON.stringify({ expiration: options.expiration ?? '2025-07-01T03:44:10.000Z', conditions }),
  );
  const secret = options.secret ?? KEYS[accessKeyId]?.accessKeySecret ?? SECRET;
  const signature = nodeSign({
    version,
    policyBase64: policy,
    accessKeySecret: secret,
    date: date.slice(0, 8),
    region: options.signRegion ?? 'cn-hangzhou',
  });
  const auth: [string, string][] =
    version === 'v4'
      ? [...v4Fields, ['policy', policy], ['x-oss-signature', signature]]
      : [
          ['OSSAccessKeyId', accessKeyId],
          ['policy', policy],
          ['Signature', signature],
        ];
  const token: [string, string][] =
    options.token === undefined ? [] : [['x-oss-security-token', options.token]];
  const parts: PostPart[] = [
    ...[...userFields, ...token, ...auth].map(([name, value]) => ({ name, value })),
    {
      name: 'file',
      file: options.file ?? { filename: 'cat.png', size: 2048, contentType: 'image/jpeg' },
    },
  ];
  const exists = new Set(options.exists ?? []);
  return {
    contentType: options.contentType ?? 'multipart/form-data; boundary=----x',
    parts: options.edit ? options.edit(parts) : parts,
    bucket: {
      name: 'examplebucket',
      region: 'cn-hangzhou',
      acl: options.acl ?? 'private',
      objectExists: (key) => exists.has(key),
    },
    // Own keys only: an id such as "valueOf" must not find a prototype member.
    lookupAccessKey: (id) => (Object.hasOwn(KEYS, id) ? KEYS[id] : undefined),
    now: NOW,
    sign: nodeSign,
  };
}

/** Every field that makes a post V4-signed; without them all, the post is anonymous. */
const V4_AUTH_FIELDS = [
  'x-oss-signature-version',
  'x-oss-credential',
  'x-oss-date',
  'policy',
  'x-oss-signature',
];
const without =
  (...names: string[]) =>
  (parts: PostPart[]) =>
    parts.filter((p) => !names.includes(p.name));
const setValue = (name: string, value: string) => (parts: PostPart[]) =>
  parts.map((p) => (p.name === name ? { name, value } : p));
const before =
  (...added: [string, string][]) =>
  (parts: PostPart[]) => [...added.map(([name, value]) => ({ name, value })), ...parts];
const file = (size: number) => ({ filename: 'cat.png', size, contentType: 'image/png' });
const MUST = (field: string) =>
  `The bucket POST must contain the specified '${field}'. If it is specified, please check the order of the fields`;
const FAILED = 'Invalid according to Policy: Policy Condition failed: ';
const NOT_FOUND = 'The OSS Access Key Id you provided does not exist in our records.';
const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your key and signing method.';

describe('the test signer (node:crypto) reproduces the spec vectors', () => {
  it('T1 (V1) and T4 (V4)', () => {
    const t1 =
      'eyJleHBpcmF0aW9uIjoiMjAyMC0wMy0xOVQwMzo0NDowNi40NzZaIiwiY29uZGl0aW9ucyI6W3siYnVja2V0IjoiZ2VuLXBvc3QtcG9saWN5In0sWyJlcSIsIiRrZXkiLCJ1c2VyXC9lcmljXC9cXCR7ZmlsZW5hbWV9Il0sWyJzdGFydHMtd2l0aCIsIiRrZXkiLCJ1c2VyXC9lcmljIl0sWyJzdGFydHMtd2l0aCIsIiR4LW9zcy1tZXRhLXRhZyIsImR1bW15X2V0YWciXSxbImNvbnRlbnQtbGVuZ3RoLXJhbmdlIiwxLDEwMjRdXX0=';
    expect(nodeSign({ version: 'v1', policyBase64: t1, accessKeySecret: 'B'.repeat(30) })).toBe(
      '9fs2TRS2W2k5hV8mLsvqZBnlC2M=',
    );
    const t4 =
      'eyJjb25kaXRpb25zIjpbeyJidWNrZXQiOiJleGFtcGxlLWJ1Y2tldCJ9LHsieC1vc3Mtc2lnbmF0dXJlLXZlcnNpb24iOiJPU1M0LUhNQUMtU0hBMjU2In0seyJ4LW9zcy1jcmVkZW50aWFsIjoiYWNjZXNzX2tleV9pZC8yMDI0MDcxMy91cy13ZXN0LTEvb3NzL2FsaXl1bl92NF9yZXF1ZXN0In0seyJ4LW9zcy1kYXRlIjoiMjAyNDA3MTNUMTMzNDE0WiJ9LFsiZXEiLCIka2V5Iiwib2JqZWN0L3ByZXNpZ25fcG9zdF9vYmplY3QucG5nIl0sWyJlcSIsIiR4LW9zcy1vYmplY3QtYWNsIiwicHJpdmF0ZSJdLFsiY29udGVudC1sZW5ndGgtcmFuZ2UiLDEsMTA0ODU3NjAwXV0sImV4cGlyYXRpb24iOiIyMDI0LTA3LTEzVDE0OjM0OjE0WiJ9';
    expect(
      nodeSign({
        version: 'v4',
        policyBase64: t4,
        accessKeySecret: 'access_key_secret',
        date: '20240713',
        region: 'us-west-1',
      }),
    ).toBe('43fb9eb04136cdaaab110bfb33c4c7daba4beebdad63889e7f3a460242596d04');
  });
});

describe('evaluatePost: a valid request is accepted', () => {
  it.each<[string, Options]>([
    ['V4', {}],
    ['V1', { version: 'v1' }],
    ['V4 with an STS token', { accessKeyId: STS_AK, token: STS_TOKEN }],
    // Alibaba's Python sample sends an empty token for a permanent AccessKey and expects 200.
    ['V4 with an empty x-oss-security-token and a permanent AccessKey', { token: '' }],
    [
      'V1 with an empty x-oss-security-token and a permanent AccessKey',
      { version: 'v1', token: '' },
    ],
    [
      'an empty token pinned by the policy and sent empty',
      { token: '', extraConditions: [{ 'x-oss-security-token': '' }] },
    ],
    [
      'V4 x-oss-date 14 minutes ahead of the server (the window is 15)',
      { date: '20250701T025810Z' },
    ],
  ])('%s', (_name, options) => {
    const verdict = evaluatePost(request(options));
    expect(verdict).toMatchObject({ ok: true, status: 200, key: 'user/cat.png' });
  });
});

// One row per rule: name, request, status, Code, Message, EC.
const REFUSALS: [string, Options, number, string, string, string?][] = [
  // 1 content type
  [
    'no Content-Type at all',
    { contentType: '' },
    405,
    'MethodNotAllowed',
    'The specified method is not allowed against this resource.',
  ],
  [
    'not multipart/form-data',
    { contentType: 'application/x-www-form-urlencoded' },
    400,
    'RequestIsNotMultiPartContent',
    'Bucket POST must be of the enclosure-type multipart/form-data',
  ],
  // 2 sizes before the file
  [
    'field name over 8 KB',
    { edit: before([`x-${'n'.repeat(8192)}`, 'v']) },
    400,
    'FieldItemTooLong',
    'Your name of form field is too long.',
    '0006-00000110',
  ],
  [
    'field value over 2 MB',
    { edit: before(['x-oss-meta-big', 'v'.repeat(2 * 1024 * 1024 + 1)]) },
    400,
    'FieldItemTooLong',
    'Your name of form field is too long.',
  ],
  [
    'over 8 MB before the file',
    {
      edit: before(
        ...[1, 2, 3, 4, 5].map((i): [string, string] => [
          `x:v${i}`,
          'v'.repeat(2 * 1024 * 1024 - 10),
        ]),
      ),
    },
    400,
    'MaxPOSTPreDataLengthExceededError',
    'Your POST request fields preceding the upload file were too large.',
    '0006-00000112',
  ],
  // 3 file count and key
  [
    'no file',
    { edit: (p) => p.slice(0, -1) },
    400,
    'IncorrectNumberOfFilesInPOSTRequest',
    'POST requires exactly one file upload per request.',
  ],
  [
    'two files',
    { edit: (p) => [...p, p[p.length - 1]] },
    400,
    'IncorrectNumberOfFilesInPOSTRequest',
    'POST requires exactly one file upload per request.',
  ],
  ['no key', { edit: without('key') }, 400, 'InvalidArgument', MUST('key')],
  [
    'key after the file',
    { edit: (p) => [...p.filter((x) => x.name !== 'key'), { name: 'key', value: 'user/a' }] },
    400,
    'InvalidArgument',
    MUST('key'),
  ],
  // 4 auth field sets
  [
    'no auth fields on a private bucket',
    {
      edit: without(...V4_AUTH_FIELDS),
    },
    403,
    'AccessDenied',
    'You have no right to access this object because of bucket acl.',
  ],
  [
    'V1 without OSSAccessKeyId',
    { version: 'v1', edit: without('OSSAccessKeyId') },
    400,
    'InvalidArgument',
    MUST('OSSAccessKeyId'),
    '0002-00000706',
  ],
  [
    'V1 without policy',
    { version: 'v1', edit: without('policy') },
    400,
    'InvalidArgument',
    MUST('policy'),
    '0002-00000702',
  ],
  [
    'V1 without Signature',
    { version: 'v1', edit: without('Signature') },
    400,
    'InvalidArgument',
    MUST('Signature'),
    '0002-00000703',
  ],
  [
    'V1 empty OSSAccessKeyId',
    { version: 'v1', edit: setValue('OSSAccessKeyId', '') },
    400,
    'InvalidArgument',
    'Post request accessKeyId is empty.',
    '0002-00000707',
  ],
  [
    'V1 empty Signature',
    { version: 'v1', edit: setValue('Signature', '') },
    400,
    'InvalidArgument',
    'Post request signature is empty.',
    '0002-00000704',
  ],
  [
    'V4 wrong x-oss-signature-version',
    { edit: setValue('x-oss-signature-version', '2') },
    400,
    'InvalidArgument',
    'The x-oss-signature-version in the POST request is invalid, it must be OSS4-HMAC-SHA256.',
    '0002-00000701',
  ],
  [
    'V4 without policy',
    { edit: without('policy') },
    400,
    'InvalidArgument',
    MUST('policy'),
    '0002-00000702',
  ],
  [
    'V4 signature in the V1 Signature field',
    { edit: (p) => p.map((x) => (x.name === 'x-oss-signature' ? { ...x, name: 'Signature' } : x)) },
    400,
    'InvalidArgument',
    MUST('x-oss-signature'),
    '0002-00000703',
  ],
  [
    'V4 without x-oss-signature',
    { edit: without('x-oss-signature') },
    400,
    'InvalidArgument',
    MUST('x-oss-signature'),
    '0002-00000703',
  ],
  [
    'V4 empty x-oss-signature',
    { edit: setValue('x-oss-signature', '') },
    400,
    'InvalidArgument',
    'Post request signature is empty.',
    '0002-00000704',
  ],
  [
    'V4 credential without aliyun_v4_request',
    { edit: setValue('x-oss-credential', `${AK}/20250701/cn-hangzhou/oss/aws4_request`) },
    400,
    'InvalidArgument',
    'The x-oss-credential in the POST request is invalid.',
    '0002-00000710',
  ],
  [
    'V4 credential day differs from x-oss-date',
    { edit: setValue('x-oss-credential', `${AK}/20250630/cn-hangzhou/oss/aliyun_v4_request`) },
    400,
    'InvalidArgument',
    'The date in x-oss-credential or x-oss-date of the POST request is invalid or expired.',
    '0002-00000709',
  ],
  [
    'V4 x-oss-date 16 minutes ahead of the server (the window is 15)',
    { date: '20250701T030010Z' },
    400,
    'InvalidArgument',
    'The date in x-oss-credential or x-oss-date of the POST request is invalid or expired.',
    '0002-00000709',
  ],
  [
    'V4 credential names another region than the bucket (cn-beijing for cn-hangzhou)',
    { credentialRegion: 'cn-beijing' },
    400,
    'InvalidArgument',
    'The signing region in credential is invalid.',
    '0002-00000715',
  ],
  [
    'V4 credential region with the endpoint prefix oss-',
    { credentialRegion: 'oss-cn-hangzhou' },
    400,
    'InvalidArgument',
    'The signing region in credential is invalid.',
    '0002-00000715',
  ],
  [
    'V4 credential region unknown, signed with it (decided before the signature)',
    { credentialRegion: 'mars-north-1', signRegion: 'mars-north-1' },
    400,
    'InvalidArgument',
    'The signing region in credential is invalid.',
    '0002-00000715',
  ],
  [
    'V4 x-oss-date 20 minutes ahead',
    { edit: (p) => setValue('x-oss-date', '20250701T030410Z')(p) },
    400,
    'InvalidArgument',
    'The date in x-oss-credential or x-oss-date of the POST request is invalid or expired.',
    '0002-00000709',
  ],
  [
    'V4 x-oss-date 8 days old',
    {
      edit: (p) =>
        setValue(
          'x-oss-credential',
          `${AK}/20250623/cn-hangzhou/oss/aliyun_v4_request`,
        )(setValue('x-oss-date', '20250623T024410Z')(p)),
    },
    400,
    'InvalidArgument',
    'The date in x-oss-credential or x-oss-date of the POST request is invalid or expired.',
    '0002-00000709',
  ],
  // 5 AccessKey and STS
  ['unknown AccessKey', { accessKeyId: 'LTAInobody' }, 403, 'InvalidAccessKeyId', NOT_FOUND],
  [
    'unknown STS id without token',
    { accessKeyId: 'STS.nobody' },
    403,
    'InvalidAccessKeyId',
    `${NOT_FOUND} The Security Token may be lost to specify that it is a STS Access Id.`,
    '0002-00000003',
  ],
  [
    'known STS key without token',
    { accessKeyId: STS_AK },
    403,
    'InvalidAccessKeyId',
    `${NOT_FOUND} The Security Token may be lost to specify that it is a STS Access Id.`,
    '0002-00000003',
  ],
  [
    'STS key with a wrong token',
    { accessKeyId: STS_AK, token: 'other' },
    403,
    'InvalidSecurityToken',
    'The security token included in the request is invalid.',
    '0002-00000006',
  ],
  [
    'STS key whose token expired',
    { accessKeyId: 'STS.expired', token: STS_TOKEN },
    403,
    'SecurityTokenExpired',
    'The security token you provided has expired.',
    '0002-00000007',
  ],
  [
    'an empty token pinned by the policy but not sent (the condition sees no field)',
    { extraConditions: [{ 'x-oss-security-token': '' }] },
    403,
    'AccessDenied',
    `${FAILED}["eq", "$x-oss-security-token", ""]`,
  ],
  [
    'permanent key sent with a token',
    { token: 'token-for-nobody' },
    403,
    'InvalidAccessKeyId',
    NOT_FOUND,
    '0002-00000002',
  ],
  // 6 policy
  [
    'blank policy',
    { edit: setValue('policy', '') },
    400,
    'InvalidPolicyDocument',
    'Invalid Policy: Invalid JSON.',
    '0006-00000205',
  ],
  [
    'policy not Base64',
    { edit: setValue('policy', 'not base64!') },
    400,
    'InvalidPolicyDocument',
    'Invalid Policy: Invalid JSON.',
    '0006-00000201',
  ],
  [
    'policy without expiration',
    { edit: setValue('policy', encodeUtf8Base64('{"conditions":[{"bucket":"examplebucket"}]}')) },
    400,
    'InvalidPolicyDocument',
    'Invalid Policy: Invalid JSON.',
    '0006-00000208',
  ],
  // 7 signature
  [
    'V1 signed with another secret',
    { version: 'v1', secret: 'wrong' },
    403,
    'SignatureDoesNotMatch',
    MISMATCH,
    '0002-00000705',
  ],
  [
    'V4 signed with another secret',
    { secret: 'wrong' },
    403,
    'SignatureDoesNotMatch',
    MISMATCH,
    '0002-00000705',
  ],
  [
    'V4 signed with region oss-cn-hangzhou',
    { signRegion: 'oss-cn-hangzhou' },
    403,
    'SignatureDoesNotMatch',
    MISMATCH,
    '0002-00000705',
  ],
  // 8 expiration and conditions
  [
    'policy expired',
    { expiration: '2025-07-01T02:44:09.000Z' },
    403,
    'AccessDenied',
    'Invalid according to Policy: Policy expired.',
  ],
  [
    'starts-with on key fails',
    { fields: [['key', 'other/a.png']] },
    403,
    'AccessDenied',
    `${FAILED}["starts-with", "$key", "user/"]`,
  ],
  [
    'bucket condition for another bucket',
    { conditions: [{ bucket: 'otherbucket' }] },
    403,
    'AccessDenied',
    `${FAILED}["eq", "$bucket", "otherbucket"]`,
  ],
  [
    'condition on a field not sent',
    { extraConditions: [['eq', '$success_action_status', '201']], fields: [['key', 'user/a']] },
    403,
    'AccessDenied',
    `${FAILED}["eq", "$success_action_status", "201"]`,
  ],
  [
    'in on Content-Type fails',
    { extraConditions: [['in', '$content-type', ['image/jpg']]] },
    403,
    'AccessDenied',
    `${FAILED}["in", "$content-type", ["image/jpg"]]`,
  ],
  [
    'not-in on Cache-Control fails',
    {
      extraConditions: [['not-in', '$cache-control', ['no-cache']]],
      fields: [
        ['key', 'user/a'],
        ['Cache-Control', 'no-cache'],
      ],
    },
    403,
    'AccessDenied',
    `${FAILED}["not-in", "$cache-control", ["no-cache"]]`,
  ],
  [
    'eq on the expanded key (checked before ${filename})',
    { extraConditions: [['eq', '$key', 'user/cat.png']] },
    403,
    'AccessDenied',
    `${FAILED}["eq", "$key", "user/cat.png"]`,
  ],
  [
    'empty STS token pinned in the policy',
    {
      accessKeyId: STS_AK,
      token: STS_TOKEN,
      extraConditions: [['eq', '$x-oss-security-token', '']],
    },
    403,
    'AccessDenied',
    `${FAILED}["eq", "$x-oss-security-token", ""]`,
  ],
  [
    'file above content-length-range',
    { file: file(1024 * 1024 + 1) },
    400,
    'EntityTooLarge',
    'Your proposed upload exceeds the maximum allowed size.',
    '0006-00000003',
  ],
  [
    'file below content-length-range',
    { file: file(0) },
    400,
    'EntityTooSmall',
    'Your proposed upload smaller than the minimum allowed size.',
    '0006-00000004',
  ],
  [
    'file over 5 GB',
    {
      conditions: [{ bucket: 'examplebucket' }, ['content-length-range', 0, 10 * 1024 ** 3]],
      file: file(5 * 1024 ** 3 + 1),
    },
    400,
    'EntityTooLarge',
    'Your proposed upload exceeds the maximum allowed size.',
    '0006-00000003',
  ],
  // 9 object name and values
  [
    'key with a leading slash',
    { fields: [['key', '/user/a.png']], conditions: [{ bucket: 'examplebucket' }] },
    400,
    'InvalidObjectName',
    'The specified object is not valid.',
  ],
  [
    'key over 1023 bytes after expansion',
    {
      fields: [['key', 'user/${filename}']],
      file: { filename: 'a'.repeat(1020), size: 10, contentType: '' },
    },
    400,
    'InvalidObjectName',
    'The Length of Object name must be less than 1024.',
  ],
  [
    'empty key',
    { fields: [['key', '']], conditions: [{ bucket: 'examplebucket' }] },
    400,
    'InvalidObjectName',
    'The Object name can not be empty.',
  ],
  [
    'invalid x-oss-object-acl',
    {
      fields: [
        ['key', 'user/a'],
        ['x-oss-object-acl', 'Private'],
      ],
    },
    400,
    'InvalidArgument',
    'The x-oss-object-acl you specified is not valid.',
  ],
  [
    'invalid x-oss-storage-class',
    {
      fields: [
        ['key', 'user/a'],
        ['x-oss-storage-class', 'Cold'],
      ],
    },
    400,
    'InvalidArgument',
    'The x-oss-storage-class you specified is not valid.',
  ],
  [
    'invalid x-oss-server-side-encryption',
    {
      fields: [
        ['key', 'user/a'],
        ['x-oss-server-side-encryption', 'AES128'],
      ],
    },
    400,
    'InvalidEncryptionAlgorithmError',
    'The encryption algorithm specified is not valid.',
  ],
  [
    'KMS key id without KMS',
    {
      fields: [
        ['key', 'user/a'],
        ['x-oss-server-side-encryption', 'AES256'],
        ['x-oss-server-side-encryption-key-id', 'k'],
      ],
    },
    400,
    'InvalidArgument',
    'KMSMasterKeyID is not applicable if the default sse algorithm is not KMS.',
  ],
  [
    'invalid x-oss-forbid-overwrite',
    {
      fields: [
        ['key', 'user/a'],
        ['x-oss-forbid-overwrite', 'abc'],
      ],
    },
    400,
    'InvalidArgument',
    'The x-oss-forbid-overwrite you specified is not valid, it must be true or false.',
    '0006-00000117',
  ],
  [
    'callback over 5 KB',
    {
      fields: [
        ['key', 'user/a'],
        ['callback', encodeCallback({ urls: ['https://cb.example.com'], body: 'b'.repeat(4000) })],
      ],
    },
    400,
    'InvalidArgument',
    'The length of callback exceed max value.',
  ],
  [
    'callback with six URLs',
    {
      fields: [
        ['key', 'user/a'],
        ['callback', encodeCallback({ urls: Array(6).fill('https://cb.example.com'), body: 'b' })],
      ],
    },
    400,
    'InvalidArgument',
    'The number of callback url exceed max value.',
  ],
  [
    'callback to a private address',
    {
      fields: [
        ['key', 'user/a'],
        ['callback', encodeCallback({ urls: ['http://192.168.1.2/cb'], body: 'b' })],
      ],
    },
    400,
    'InvalidArgument',
    'Private address is forbidden to callback.',
  ],
  [
    'callback not Base64',
    {
      fields: [
        ['key', 'user/a'],
        ['callback', '{"callbackUrl":"x"}'],
      ],
    },
    400,
    'InvalidArgument',
    'The callback configuration is not base64 encoded.',
  ],
  [
    'callback body type',
    {
      fields: [
        ['key', 'user/a'],
        [
          'callback',
          encodeUtf8Base64(
            '{"callbackUrl":"https://cb.example.com","callbackBody":"b","callbackBodyType":"text/xml"}',
          ),
        ],
      ],
    },
    400,
    'InvalidArgument',
    'The body type of callback is not supported.',
  ],
  // 10 overwrite
  [
    'forbid-overwrite on an existing key',
    {
      fields: [
        ['key', 'user/a'],
        ['x-oss-forbid-overwrite', 'true'],
      ],
      exists: ['user/a'],
    },
    409,
    'FileAlreadyExists',
    'The object you specified already exists and can not be overwritten.',
  ],
];

describe('evaluatePost: one row per refusal (status, Code, Message, EC)', () => {
  it('has at least 40 rows', () => {
    expect(REFUSALS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(REFUSALS)('%s', (_name, options, status, code, message, ec) => {
    const verdict = evaluatePost(request(options));
    expect(verdict.ok).toBe(false);
    const rejected = verdict as Rejected;
    expect({
      status: rejected.status,
      code: rejected.code,
      message: rejected.message,
      ec: rejected.ec,
    }).toEqual({
      status,
      code,
      message,
      ec,
    });
  });
});

// The region cases with forms signed by the official SDK (ali-oss), as real clients send them: ali-oss
// signs with the standard id of the region it is given, whatever the scope says.
describe('evaluatePost: the V4 credential region, forms signed by ali-oss', () => {
  const OSS = createRequire(import.meta.url)('ali-oss') as new (options: object) => {
    signPostObjectPolicyV4(policy: object, date: Date): string;
  };
  const signedByAliOss = (clientRegion: string, scopeRegion: string): EvaluateInput => {
    const credential = `${AK}/${DATE.slice(0, 8)}/${scopeRegion}/oss/aliyun_v4_request`;
    const policy = {
      expiration: '2025-07-01T03:44:10.000Z',
      conditions: [
        { bucket: 'examplebucket' },
        { 'x-oss-signature-version': 'OSS4-HMAC-SHA256' },
        { 'x-oss-credential': credential },
        { 'x-oss-date': DATE },
      ],
    };
    const client = new OSS({
      region: clientRegion,
      accessKeyId: AK,
      accessKeySecret: SECRET,
      bucket: 'examplebucket',
    });
    const signature = client.signPostObjectPolicyV4(policy, NOW);
    return {
      ...request(),
      parts: [
        { name: 'key', value: 'user/a.txt' },
        { name: 'x-oss-signature-version', value: 'OSS4-HMAC-SHA256' },
        { name: 'x-oss-credential', value: credential },
        { name: 'x-oss-date', value: DATE },
        { name: 'policy', value: encodeUtf8Base64(JSON.stringify(policy)) },
        { name: 'x-oss-signature', value: signature },
        { name: 'file', file: { filename: 'a.txt', size: 3, contentType: 'text/plain' } },
      ],
    };
  };
  it.each<[string, string, string, number, string]>([
    ['the bucket region', 'oss-cn-hangzhou', 'cn-hangzhou', 204, ''],
    ['another region, signed for it', 'oss-cn-beijing', 'cn-beijing', 400, '0002-00000715'],
    [
      'the bucket region written with oss-',
      'oss-cn-hangzhou',
      'oss-cn-hangzhou',
      400,
      '0002-00000715',
    ],
    ['an unknown region id', 'oss-xx-nowhere-9', 'xx-nowhere-9', 400, '0002-00000715'],
  ])(
    'scope names %s (ali-oss region %s, scope %s) → %i',
    (_name, clientRegion, scopeRegion, status, ec) => {
      const verdict = evaluatePost(signedByAliOss(clientRegion, scopeRegion));
      expect(verdict.status).toBe(status);
      if (!verdict.ok) {
        expect([verdict.code, verdict.message, verdict.ec]).toEqual([
          'InvalidArgument',
          'The signing region in credential is invalid.',
          ec,
        ]);
      }
    },
  );
});

describe('evaluatePost: what refusals point at', () => {
  it('SignatureDoesNotMatch echoes StringToSign, SignatureProvided and the AccessKey id', () => {
    const input = request({ version: 'v1', secret: 'wrong' });
    const verdict = evaluatePost(input) as Rejected;
    const policy = input.parts.find((p) => p.name === 'policy') as { value: string };
    const signature = input.parts.find((p) => p.name === 'Signature') as { value: string };
    expect(verdict.extra).toEqual({
      StringToSign: policy.value,
      SignatureProvided: signature.value,
      OSSAccessKeyId: AK,
    });
    expect(verdict.fields).toContain('Signature');
  });

  it('a failed condition carries the condition and the canonical field name', () => {
    const verdict = evaluatePost(
      request({ extraConditions: [['in', '$content-type', ['image/jpg']]] }),
    ) as Rejected;
    expect(verdict.condition).toEqual(['in', '$content-type', ['image/jpg']]);
    expect(verdict.fields).toEqual(['Content-Type']);
  });

  it('judges a policy text seen before afresh (decoding is shared, expiry and conditions are not)', () => {
    expect(evaluatePost(request()).ok).toBe(true);
    // The same policy text an hour later: past its expiration now.
    const later = evaluatePost({ ...request(), now: new Date('2025-07-01T03:50:00Z') });
    expect(later).toMatchObject({
      ok: false,
      message: 'Invalid according to Policy: Policy expired.',
    });
    const otherKey = evaluatePost(request({ fields: [['key', 'other/${filename}']] }));
    expect(otherKey).toMatchObject({ ok: false, code: 'AccessDenied' });
  });

  it('skips the signature check without a signer', () => {
    const input = request({ secret: 'wrong' });
    delete input.sign;
    expect(evaluatePost(input).ok).toBe(true);
  });
});

describe('evaluatePost: the accepted upload', () => {
  it('expands ${filename}, stores headers and lower-cased metadata, decodes the callback', () => {
    const callback = encodeCallback({ urls: ['https://cb.example.com/a'], body: 'v=${x:v}' });
    const verdict = evaluatePost(
      request({
        fields: [
          ['KEY', 'user/${filename}'],
          ['content-type', 'image/webp'],
          ['Cache-Control', 'max-age=60'],
          ['Content-Disposition', 'attachment'],
          ['Content-Encoding', 'gzip'],
          ['Expires', 'Wed, 21 Oct 2015 07:28:00 GMT'],
          ['X-OSS-Meta-Owner', 'eric'],
          ['x-oss-object-acl', 'private'],
          ['x-oss-storage-class', 'IA'],
          ['x-oss-server-side-encryption', 'KMS'],
          ['x-oss-server-side-encryption-key-id', 'k-1'],
          ['x-oss-forbid-overwrite', 'true'],
          ['callback', callback],
          ['x:v', '42'],
          ['success_action_status', '201'],
        ],
        exists: ['user/other.png'],
      }),
    ) as Accepted;
    expect(verdict).toEqual({
      ok: true,
      status: 201,
      key: 'user/cat.png',
      object: {
        contentType: 'image/webp',
        headers: {
          'Cache-Control': 'max-age=60',
          'Content-Disposition': 'attachment',
          'Content-Encoding': 'gzip',
          Expires: 'Wed, 21 Oct 2015 07:28:00 GMT',
        },
        meta: { 'x-oss-meta-owner': 'eric' },
        acl: 'private',
        storageClass: 'IA',
        serverSideEncryption: 'KMS',
      },
      callback: {
        urls: ['https://cb.example.com/a'],
        body: 'v=${x:v}',
        bodyType: 'application/x-www-form-urlencoded',
        vars: { 'x:v': '42' },
      },
    });
  });

  it('accepts a callback to a private address only when allowPrivateCallback is set (a local test server)', () => {
    const fields: [string, string][] = [
      ['key', 'user/a'],
      ['callback', encodeCallback({ urls: ['http://127.0.0.1:8080/cb'], body: 'o=${object}' })],
      ['x:v', '1'],
    ];
    const strict = evaluatePost(request({ fields }));
    expect(strict).toMatchObject({
      ok: false,
      message: 'Private address is forbidden to callback.',
    });
    const allowed = evaluatePost({ ...request({ fields }), allowPrivateCallback: true });
    expect(allowed).toMatchObject({
      ok: true,
      callback: { urls: ['http://127.0.0.1:8080/cb'], body: 'o=${object}', vars: { 'x:v': '1' } },
    });
  });

  it.each<[string, [string, string][], number, string | undefined]>([
    ['201', [['success_action_status', '201']], 201, undefined],
    ['204', [['success_action_status', '204']], 204, undefined],
    ['invalid 202 falls back to 204', [['success_action_status', '202']], 204, undefined],
    ['missing falls back to 204', [], 204, undefined],
    [
      'redirect wins',
      [
        ['success_action_redirect', 'https://app.example.com/done'],
        ['success_action_status', '201'],
      ],
      303,
      'https://app.example.com/done',
    ],
  ])('status: %s', (_name, extra, status, redirect) => {
    const verdict = evaluatePost(request({ fields: [['key', 'user/a'], ...extra] })) as Accepted;
    expect(verdict.status).toBe(status);
    expect(verdict.redirect).toBe(redirect);
  });

  it.each<[string, [string, string][], string, string]>([
    [
      'x-oss-content-type first',
      [
        ['x-oss-content-type', 'text/plain'],
        ['Content-Type', 'image/png'],
      ],
      'image/jpeg',
      'text/plain',
    ],
    ['then the Content-Type field', [['Content-Type', 'image/png']], 'image/jpeg', 'image/png'],
    ["then the file part's type", [], 'image/jpeg', 'image/jpeg'],
    ['else application/octet-stream', [], '', 'application/octet-stream'],
  ])('content type: %s', (_name, extra, partType, expected) => {
    const verdict = evaluatePost(
      request({
        fields: [['key', 'user/a'], ...extra],
        file: { filename: 'a', size: 5, contentType: partType },
      }),
    ) as Accepted;
    expect(verdict.object.contentType).toBe(expected);
  });

  it('accepts an unsigned post on a public-read-write bucket', () => {
    const input = request({
      acl: 'public-read-write',
      edit: without(...V4_AUTH_FIELDS),
    });
    expect(evaluatePost(input)).toMatchObject({ ok: true, key: 'user/cat.png', status: 200 });
  });

  it('ignores parts after the file', () => {
    const input = request({
      edit: (p) => [
        ...p,
        { name: 'x-oss-object-acl', value: 'bogus' },
        { name: 'submit', value: 'Upload' },
      ],
    });
    expect(evaluatePost(input)).toMatchObject({ ok: true });
  });

  it('matches field names case-insensitively (V1 spelled in lower case)', () => {
    const input = request({
      version: 'v1',
      edit: (p) => p.map((x) => (x.name === 'file' ? x : { ...x, name: x.name.toLowerCase() })),
    });
    expect(evaluatePost(input)).toMatchObject({ ok: true, key: 'user/cat.png' });
  });

  it('allows x-oss-forbid-overwrite true when the key is new', () => {
    const input = request({
      fields: [
        ['key', 'user/a'],
        ['x-oss-forbid-overwrite', 'true'],
      ],
      exists: ['user/b'],
    });
    expect(evaluatePost(input)).toMatchObject({ ok: true, key: 'user/a' });
  });
});

describe('evaluatePost accepts what buildPostForm signs (Web Crypto signer vs node:crypto)', () => {
  it.each(['v4', 'v1'] as const)('%s', async (version) => {
    const form = await buildPostForm({
      target: { bucket: 'examplebucket', region: 'oss-cn-hangzhou' },
      signatureVersion: version,
      credentials: { accessKeyId: STS_AK, accessKeySecret: 'stsSecret', securityToken: STS_TOKEN },
      key: 'user/${filename}',
      expiration: { secondsFromNow: 3600 },
      now: NOW,
      conditions: [
        ['starts-with', '$key', 'user/'],
        ['content-length-range', 1, 4096],
      ],
      fields: [{ name: 'success_action_status', value: '201' }],
    });
    const parts: PostPart[] = form.fields.map((entry) =>
      entry.kind === 'file'
        ? { name: 'file', file: { filename: 'a b.txt', size: 12, contentType: 'text/plain' } }
        : { name: entry.name, value: entry.value },
    );
    const verdict = evaluatePost({ ...request(), parts });
    expect(verdict).toMatchObject({ ok: true, status: 201, key: 'user/a b.txt' });
  });
});

describe('evaluatePost never throws', () => {
  const part = fc.oneof(
    fc.record({ name: fc.string(), value: fc.string() }),
    fc.record({
      name: fc.oneof(fc.constant('file'), fc.string()),
      file: fc.record({
        filename: fc.string(),
        size: fc.oneof(fc.nat(), fc.double(), fc.constant(Number.NaN)),
        contentType: fc.string(),
      }),
    }),
  );
  const known = [
    'key',
    'policy',
    'OSSAccessKeyId',
    'Signature',
    'x-oss-signature-version',
    'x-oss-credential',
    'x-oss-date',
    'x-oss-signature',
    'callback',
    'x-oss-security-token',
    'success_action_status',
    'x-oss-forbid-overwrite',
  ];
  const knownPart = fc.record({ name: fc.constantFrom(...known), value: fc.string() });

  it('on arbitrary parts and content types', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constant('multipart/form-data; boundary=x')),
        fc.array(fc.oneof(part, knownPart), { maxLength: 12 }),
        fc.constantFrom<EvaluateInput['bucket']['acl']>(
          'private',
          'public-read',
          'public-read-write',
        ),
        (contentType, parts, acl) => {
          const input = request();
          const verdict = evaluatePost({
            ...input,
            contentType,
            parts: parts as PostPart[],
            bucket: { ...input.bucket, acl },
          });
          expect(typeof verdict.ok).toBe('boolean');
          if (!verdict.ok) expect(verdict.code).not.toBe('InternalError');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on valid signed requests with random edits (drop, rewrite, swap, rename parts)', () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('drop' as const), at: fc.nat(20) }),
      fc.record({ op: fc.constant('value' as const), at: fc.nat(20), text: fc.string() }),
      fc.record({
        op: fc.constant('name' as const),
        at: fc.nat(20),
        text: fc.constantFrom(...known, 'file', 'KEY', 'x:A'),
      }),
      fc.record({ op: fc.constant('swap' as const), at: fc.nat(20), text: fc.nat(20).map(String) }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('v1' as const, 'v4' as const),
        fc.array(edit, { maxLength: 4 }),
        (version, edits) => {
          const input = request({ version });
          const parts = [...input.parts];
          for (const e of edits) {
            const at = e.at % parts.length;
            if (parts.length === 0) break;
            if (e.op === 'drop') parts.splice(at, 1);
            else if (e.op === 'value') parts[at] = { name: parts[at].name, value: e.text };
            else if (e.op === 'name') parts[at] = { ...parts[at], name: e.text };
            else {
              const other = Number(e.text) % parts.length;
              [parts[at], parts[other]] = [parts[other], parts[at]];
            }
          }
          const verdict = evaluatePost({ ...input, parts });
          expect(typeof verdict.ok).toBe('boolean');
          if (!verdict.ok) expect(verdict.code).not.toBe('InternalError');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('when the caller-supplied functions throw', () => {
    const input = request();
    const verdict = evaluatePost({
      ...input,
      lookupAccessKey: () => {
        throw new Error('store down');
      },
    });
    expect(verdict).toMatchObject({ ok: false, status: 500, code: 'InternalError' });
  });
});
