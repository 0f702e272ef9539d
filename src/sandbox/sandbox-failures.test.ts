// One row per way a PostObject can fail (issue 3), sent to the real sandbox process: each answer
// carries OSS's status, Code, EC (where the spec gives one) and message, in the OSS XML layout.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildMultipart,
  postForm,
  sendRaw,
  type FormPart,
  type MultipartBody,
} from './test-support/multipart.ts';
import {
  type Credentials,
  credentialsOf,
  editForm,
  v1Form,
  v4Form,
} from './test-support/sdk-forms.ts';
import { startSandboxProcess, type SandboxProcess } from './test-support/start-sandbox.ts';
import { ecDocUrl } from '../oss/index.ts';

let sandbox: SandboxProcess;
let creds: Credentials;
let sts: Credentials;

beforeAll(async () => {
  sandbox = await startSandboxProcess();
  creds = credentialsOf(sandbox);
  const issued = (await (
    await fetch(`${sandbox.origin}/__sandbox/sts`, { method: 'POST' })
  ).json()) as Record<string, string>;
  sts = {
    ...creds,
    accessKeyId: issued.AccessKeyId,
    accessKeySecret: issued.AccessKeySecret,
    securityToken: issued.SecurityToken,
  };
  // An object to collide with for x-oss-forbid-overwrite.
  expect((await postForm(`${sandbox.url}/`, v4Form(creds, { key: 'exists.txt' }))).status).toBe(
    204,
  );
});
afterAll(() => sandbox?.stop());

const MB = 1024 * 1024;
const HOUR = 3600_000;
const MINUTE = 60_000;
const b64 = (text: string) => Buffer.from(text).toString('base64');
const callback = (json: object) => b64(JSON.stringify(json));

interface Row {
  name: string;
  form: () => FormPart[] | MultipartBody;
  status: number;
  code: string;
  ec?: string;
  message?: RegExp;
  url?: () => string;
  /** Send the body with no Content-Type header at all. */
  noContentType?: boolean;
  headers?: () => Record<string, string>;
  /** Extra elements of the error body, e.g. <Method>. */
  elements?: Record<string, string>;
}

/** The form with its file part's header lines swapped: Content-Type before Content-Disposition. */
function fileHeadersSwapped(parts: FormPart[]): MultipartBody {
  const built = buildMultipart(parts);
  const text = built.body.toString('latin1');
  const swapped = text.replace(
    /(Content-Disposition: form-data; name="file"; filename="[^"]*")\r\n(Content-Type: [^\r]*)\r\n/,
    '$2\r\n$1\r\n',
  );
  expect(swapped).not.toBe(text);
  return { ...built, body: Buffer.from(swapped, 'latin1') };
}

const rows: Row[] = [
  {
    name: 'POST to the bucket with no Content-Type header at all',
    form: () => v4Form(creds),
    noContentType: true,
    status: 405,
    code: 'MethodNotAllowed',
    message: /^The specified method is not allowed against this resource\.$/,
    elements: { Method: 'POST', ResourceType: 'Bucket' },
  },
  {
    name: 'file part with Content-Type before Content-Disposition (Dart http clients)',
    form: () => fileHeadersSwapped(v4Form(creds, { key: 'swapped.txt' })),
    status: 400,
    code: 'MalformedPOSTRequest',
    ec: '0006-00000103',
  },
  {
    name: 'Content-MD5 that is not the body MD5',
    form: () => v4Form(creds, { key: 'md5.txt' }),
    headers: () => ({ 'Content-MD5': '1B2M2Y8AsgTpgAmY7PhCfg==' }),
    status: 400,
    code: 'InvalidDigest',
    ec: '0017-00000503',
    message: /^The Content-MD5 you specified was invalid$/,
  },
  {
    name: 'Content-MD5 that is not a Base64 MD5 (the hex digest instead)',
    form: () => v4Form(creds, { key: 'md5-hex.txt' }),
    headers: () => ({ 'Content-MD5': 'd41d8cd98f00b204e9800998ecf8427e' }),
    status: 400,
    code: 'InvalidDigest',
    ec: '0017-00000502',
    message: /^The Content-MD5 you specified was invalid$/,
  },
  {
    name: 'V4 credential names another region than the bucket (signed by ali-oss for cn-beijing)',
    form: () => v4Form({ ...creds, region: 'cn-beijing' }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000715',
    message: /^The signing region in credential is invalid\.$/,
    elements: { ArgumentName: 'x-oss-credential' },
  },
  {
    name: 'user metadata over 8 KB (names and values together), signed by ali-oss',
    form: () =>
      v4Form(creds, { key: 'meta.txt', fields: { 'x-oss-meta-note': 'm'.repeat(9 * 1024) } }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0011-00000002',
  },
  {
    name: 'V4 credential region written with oss- (ali-oss signs for the bucket region)',
    form: () => v4Form(creds, { scopeRegion: `oss-${creds.region}` }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000715',
  },
  {
    name: 'V4 credential region unknown (signed by ali-oss for it)',
    form: () => v4Form({ ...creds, region: 'xx-nowhere-9' }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000715',
  },
  {
    name: 'V4 x-oss-date 16 minutes ahead of the server (the window is 15)',
    form: () => v4Form(creds, { now: new Date(Date.now() + 16 * MINUTE) }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000709',
  },
  {
    name: 'policy pins an empty x-oss-security-token the form does not send',
    form: () => v4Form(creds, { conditions: [{ 'x-oss-security-token': '' }] }),
    status: 403,
    code: 'AccessDenied',
    message:
      /^Invalid according to Policy: Policy Condition failed: \["eq", "\$x-oss-security-token", ""\]$/,
  },
  {
    name: 'multipart body without a boundary',
    form: () => ({ ...buildMultipart(v4Form(creds)), contentType: 'multipart/form-data' }),
    status: 400,
    code: 'MalformedPOSTRequest',
    ec: '0006-00000103',
  },
  {
    name: 'multipart body cut before its closing boundary',
    form: () => {
      const full = buildMultipart(v4Form(creds));
      return { ...full, body: full.body.subarray(0, full.body.length - 40) };
    },
    status: 400,
    code: 'MalformedPOSTRequest',
    ec: '0006-00000103',
  },
  {
    name: 'field name over 8 KB',
    form: () =>
      editForm(v4Form(creds), {}).toSpliced(1, 0, { name: 'x'.repeat(9 * 1024), value: 'v' }),
    status: 400,
    code: 'FieldItemTooLong',
    ec: '0006-00000110',
  },
  {
    name: 'field value over 2 MB',
    form: () => v4Form(creds, { fields: { 'x-oss-meta-big': 'v'.repeat(2 * MB + 1) } }),
    status: 400,
    code: 'FieldItemTooLong',
  },
  {
    name: 'over 8 MB of fields before the file',
    form: () =>
      v4Form(creds, {
        fields: Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`x:pad${i}`, 'p'.repeat(1.9 * MB)])),
      }),
    status: 400,
    code: 'MaxPOSTPreDataLengthExceededError',
    ec: '0006-00000112',
  },
  {
    name: 'key after the file',
    form: () => {
      const f = v4Form(creds);
      const key = f.shift() as FormPart;
      return [...f, key];
    },
    status: 400,
    code: 'InvalidArgument',
    message: /must contain the specified 'key'/,
  },
  {
    name: 'text file part over 2 MB (no filename)',
    form: () => [...v4Form(creds).slice(0, -1), { name: 'file', value: 'f'.repeat(2 * MB + 1) }],
    status: 400,
    code: 'FieldItemTooLong',
  },
  {
    name: 'no file',
    form: () => v4Form(creds).slice(0, -1),
    status: 400,
    code: 'IncorrectNumberOfFilesInPOSTRequest',
  },
  {
    name: 'two files',
    form: () => {
      const f = v4Form(creds);
      return [...f, f[f.length - 1]];
    },
    status: 400,
    code: 'IncorrectNumberOfFilesInPOSTRequest',
  },
  {
    name: 'V1 without OSSAccessKeyId',
    form: () => editForm(v1Form(creds), { OSSAccessKeyId: undefined }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000706',
    message: /'OSSAccessKeyId'/,
  },
  {
    name: 'V1 without policy',
    form: () => editForm(v1Form(creds), { policy: undefined }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000702',
  },
  {
    name: 'V1 without Signature',
    form: () => editForm(v1Form(creds), { Signature: undefined }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000703',
  },
  {
    name: 'V1 empty OSSAccessKeyId',
    form: () => editForm(v1Form(creds), { OSSAccessKeyId: '' }),
    status: 400,
    code: 'InvalidArgument',
    message: /^Post request accessKeyId is empty\.$/,
  },
  {
    name: 'V1 empty Signature',
    form: () => editForm(v1Form(creds), { Signature: '' }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000704',
    message: /^Post request signature is empty\.$/,
  },
  {
    name: 'V4 without x-oss-signature',
    form: () => editForm(v4Form(creds), { 'x-oss-signature': undefined }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000703',
  },
  {
    name: 'V4 wrong x-oss-signature-version',
    form: () => editForm(v4Form(creds), { 'x-oss-signature-version': '2' }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000701',
  },
  {
    name: 'V4 malformed credential',
    form: () =>
      editForm(v4Form(creds), {
        'x-oss-credential': `${creds.accessKeyId}/20250101/cn-hangzhou/oss/aws4_request`,
      }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000710',
  },
  {
    name: 'V4 credential day is not the x-oss-date day',
    form: () => {
      const f = v4Form(creds);
      const date = (f.find((p) => p.name === 'x-oss-date') as { value: string }).value;
      return editForm(f, { 'x-oss-date': `20200101${date.slice(8)}` });
    },
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000709',
  },
  {
    name: 'V4 x-oss-date skewed more than 15 minutes ahead',
    form: () => v4Form(creds, { now: new Date(Date.now() + HOUR) }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000709',
  },
  {
    name: 'V4 signed more than 7 days ago',
    form: () =>
      v4Form(creds, {
        now: new Date(Date.now() - 8 * 24 * HOUR),
        expiration: new Date(Date.now() + HOUR),
      }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0002-00000709',
  },
  {
    name: 'unknown AccessKey',
    form: () => v4Form({ ...creds, accessKeyId: 'LTAIunknown' }),
    status: 403,
    code: 'InvalidAccessKeyId',
    message: /does not exist in our records/,
  },
  {
    name: 'STS AccessKey without its token',
    form: () => editForm(v4Form(sts), { 'x-oss-security-token': undefined }),
    status: 403,
    code: 'InvalidAccessKeyId',
    message: /Security Token may be lost/,
  },
  {
    name: 'STS AccessKey with a wrong token',
    form: () => v4Form({ ...sts, securityToken: 'CAISwrong' }),
    status: 403,
    code: 'InvalidSecurityToken',
  },
  {
    name: 'STS AccessKey never issued',
    form: () => v4Form({ ...sts, accessKeyId: 'STS.never-issued' }),
    status: 403,
    code: 'InvalidAccessKeyId',
  },
  {
    name: 'policy blank',
    form: () => editForm(v4Form(creds), { policy: '' }),
    status: 400,
    code: 'InvalidPolicyDocument',
    ec: '0006-00000205',
  },
  {
    name: 'policy not JSON',
    form: () => editForm(v1Form(creds), { policy: b64('{"expiration": e}') }),
    status: 400,
    code: 'InvalidPolicyDocument',
    message: /Invalid Policy: Invalid JSON/,
  },
  {
    name: 'policy without expiration',
    form: () => v1Form(creds, { editPolicy: (p) => Reflect.deleteProperty(p, 'expiration') }),
    status: 400,
    code: 'InvalidPolicyDocument',
    ec: '0006-00000208',
  },
  {
    name: 'policy content-length-range with a string bound',
    form: () => v1Form(creds, { conditions: [['content-length-range', 1, '10']] }),
    status: 400,
    code: 'InvalidPolicyDocument',
    ec: '0006-00000220',
  },
  {
    name: 'in with a string instead of a list',
    form: () =>
      v1Form(creds, { conditions: [['in', '$content-type', 'image/png' as unknown as string[]]] }),
    status: 400,
    code: 'InvalidPolicyDocument',
    ec: '0006-00000224',
  },
  {
    name: 'V4 signature does not match (StringToSign echoed)',
    form: () => editForm(v4Form(creds), { 'x-oss-signature': '0'.repeat(64) }),
    status: 403,
    code: 'SignatureDoesNotMatch',
    ec: '0002-00000705',
  },
  {
    name: 'V1 signed with another secret',
    form: () => v1Form({ ...creds, accessKeySecret: 'not-the-secret' }),
    status: 403,
    code: 'SignatureDoesNotMatch',
    ec: '0002-00000705',
  },
  {
    name: 'policy expired',
    form: () => v1Form(creds, { expiration: new Date(Date.now() - 60_000) }),
    status: 403,
    code: 'AccessDenied',
    message: /^Invalid according to Policy: Policy expired\.$/,
  },
  {
    name: 'starts-with $key fails',
    form: () =>
      v4Form(creds, { key: 'other/x.txt', conditions: [['starts-with', '$key', 'user/']] }),
    status: 403,
    code: 'AccessDenied',
    message: /Policy Condition failed: \["starts-with", "\$key", "user\/"\]/,
  },
  {
    name: 'bucket condition names another bucket',
    form: () => v4Form({ ...creds, bucket: 'otherbucket' }),
    status: 403,
    code: 'AccessDenied',
    message: /Policy Condition failed: \["eq", "\$bucket", "otherbucket"\]/,
  },
  {
    name: 'in $content-type fails',
    form: () =>
      v4Form(creds, {
        conditions: [['in', '$content-type', ['image/png']]],
        fields: { 'Content-Type': 'text/html' },
      }),
    status: 403,
    code: 'AccessDenied',
    message: /Policy Condition failed/,
  },
  {
    name: 'file over content-length-range',
    form: () => v4Form(creds, { conditions: [['content-length-range', 1, 5]], file: '123456' }),
    status: 400,
    code: 'EntityTooLarge',
    ec: '0006-00000003',
  },
  {
    name: 'file under content-length-range',
    form: () => v4Form(creds, { conditions: [['content-length-range', 10, 100]], file: '123' }),
    status: 400,
    code: 'EntityTooSmall',
    ec: '0006-00000004',
  },
  {
    name: 'key starting with /',
    form: () => v4Form(creds, { key: '/abs/x.txt' }),
    status: 400,
    code: 'InvalidObjectName',
  },
  {
    name: 'key over 1023 bytes',
    form: () => v4Form(creds, { key: 'k'.repeat(1024) }),
    status: 400,
    code: 'InvalidObjectName',
  },
  {
    name: 'x-oss-object-acl not a known ACL',
    form: () => v4Form(creds, { fields: { 'x-oss-object-acl': 'everyone' } }),
    status: 400,
    code: 'InvalidArgument',
  },
  {
    name: 'x-oss-storage-class not a known class',
    form: () => v4Form(creds, { fields: { 'x-oss-storage-class': 'Glacier' } }),
    status: 400,
    code: 'InvalidArgument',
  },
  {
    name: 'x-oss-server-side-encryption not AES256/KMS',
    form: () => v4Form(creds, { fields: { 'x-oss-server-side-encryption': 'DES' } }),
    status: 400,
    code: 'InvalidEncryptionAlgorithmError',
  },
  {
    name: 'x-oss-forbid-overwrite neither true nor false',
    form: () => v4Form(creds, { fields: { 'x-oss-forbid-overwrite': 'abc' } }),
    status: 400,
    code: 'InvalidArgument',
    ec: '0006-00000117',
  },
  {
    name: 'x-oss-forbid-overwrite on an existing key',
    form: () => v4Form(creds, { key: 'exists.txt', fields: { 'x-oss-forbid-overwrite': 'true' } }),
    status: 409,
    code: 'FileAlreadyExists',
  },
  {
    name: 'callback not Base64',
    form: () => v4Form(creds, { fields: { callback: '%%%not-base64%%%' } }),
    status: 400,
    code: 'InvalidArgument',
    message: /^The callback configuration is not base64 encoded\.$/,
  },
  {
    name: 'callback not JSON',
    form: () => v4Form(creds, { fields: { callback: b64('callbackUrl=x') } }),
    status: 400,
    code: 'InvalidArgument',
    message: /^The callback configuration is not json format\.$/,
  },
  {
    name: 'callback to a private address',
    form: () =>
      v4Form(creds, {
        fields: {
          callback: callback({ callbackUrl: 'http://127.0.0.1:9/cb', callbackBody: 'o=${object}' }),
        },
      }),
    status: 400,
    code: 'InvalidArgument',
    message: /^Private address is forbidden to callback\.$/,
  },
  {
    name: 'callback with six URLs',
    form: () =>
      v4Form(creds, {
        fields: {
          callback: callback({
            callbackUrl: Array(6).fill('https://cb.example/x').join(';'),
            callbackBody: 'o=${object}',
          }),
        },
      }),
    status: 400,
    code: 'InvalidArgument',
    message: /^The number of callback url exceed max value\.$/,
  },
  {
    name: 'anonymous post to a private bucket',
    form: () => [
      { name: 'key', value: 'anon.txt' },
      { name: 'file', filename: 'a.txt', data: 'x' },
    ],
    status: 403,
    code: 'AccessDenied',
  },
  {
    name: 'post to a bucket that is not the sandbox bucket',
    form: () => v4Form(creds),
    url: () => `${sandbox.origin}/otherbucket/`,
    status: 404,
    code: 'NoSuchBucket',
  },
];

describe('PostObject failures, answered as OSS answers them', () => {
  it('has at least 30 rows', () => expect(rows.length).toBeGreaterThanOrEqual(30));

  it.each(rows)('$name → $status $code', async (row) => {
    const url = row.url?.() ?? `${sandbox.url}/`;
    const form = row.form();
    const answer = row.noContentType
      ? await sendRaw(url, 'POST', (Array.isArray(form) ? buildMultipart(form) : form).body)
      : await postForm(url, form, row.headers?.() ?? {});
    for (const [name, value] of Object.entries(row.elements ?? {})) {
      expect(answer.text).toContain(`<${name}>${value}</${name}>`);
    }
    expect({ status: answer.status, code: answer.code }).toEqual({
      status: row.status,
      code: row.code,
    });
    if (row.ec) {
      expect(answer.ec).toBe(row.ec);
      expect(answer.headers.get('x-oss-ec')).toBe(row.ec);
      expect(answer.text).toContain(`<RecommendDoc>${ecDocUrl(row.ec)}</RecommendDoc>`);
    }
    if (row.message) expect(answer.message).toMatch(row.message);
    const requestId = answer.headers.get('x-oss-request-id');
    expect(requestId).toMatch(/^[0-9A-F]{24}$/);
    expect(answer.text).toContain(`<RequestId>${requestId}</RequestId>`);
    expect(answer.text).toMatch(/<HostId>[^<]+<\/HostId>/);
    expect(answer.headers.get('content-type')).toBe('application/xml');
    expect(answer.headers.get('server')).toBe('AliyunOSS');
  });

  it.each<[string, () => FormPart[]]>([
    [
      "an empty x-oss-security-token with a permanent AccessKey (Alibaba's Python sample)",
      () => v4Form(creds, { key: 'ok/empty-token.txt', fields: { 'x-oss-security-token': '' } }),
    ],
    [
      'V4 x-oss-date 14 minutes ahead of the server (the window is 15)',
      () => v4Form(creds, { key: 'ok/ahead.txt', now: new Date(Date.now() + 14 * MINUTE) }),
    ],
    [
      'V4 signed by ali-oss given the endpoint form of the region (oss-cn-hangzhou)',
      () => v4Form(creds, { key: 'ok/region.txt' }),
    ],
  ])('accepts %s', async (_name, form) => {
    const answer = await postForm(`${sandbox.url}/`, form());
    expect([answer.status, answer.code]).toEqual([204, undefined]);
  });

  it('echoes StringToSign and the AccessKey id on SignatureDoesNotMatch, as OSS does', async () => {
    const form = editForm(v4Form(creds), { 'x-oss-signature': '0'.repeat(64) });
    const policy = (form.find((p) => p.name === 'policy') as { value: string }).value;
    const answer = await postForm(`${sandbox.url}/`, form);
    expect(answer.text).toContain(`<StringToSign>${policy}</StringToSign>`);
    expect(answer.text).toContain(creds.accessKeyId);
  });

  it('answers a body that is not multipart with RequestIsNotMultiPartContent', async () => {
    const answer = await sendRaw(`${sandbox.url}/`, 'POST', Buffer.from('key=a&file=b'), {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect([answer.status, answer.code, answer.message]).toEqual([
      400,
      'RequestIsNotMultiPartContent',
      'Bucket POST must be of the enclosure-type multipart/form-data',
    ]);
  });

  it('left no object and no temporary file behind', async () => {
    const listing = await (await fetch(`${sandbox.url}/`)).text();
    // exists.txt and the three accepted posts (ok/…).
    expect(listing.match(/<Key>/g)).toHaveLength(4);
    expect(readdirSync(path.join(sandbox.dataDir, 'tmp'))).toEqual([]);
  });
});
