// One table of value, size and name cases fed to every reader of the rules (issue 17): the checks
// before sending (buildPostForm's checks), OSS's verdict (evaluatePost), the page's zod schema
// (builderValuesSchema) and the real sandbox over HTTP with forms signed by the official SDK
// (ali-oss). They read one record per rule (src/oss/form/field-rules.ts, bucket-name.ts,
// object-key.ts), so each case must get the same answer from all four.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPostForm, evaluatePost, type PostPart, type Verdict } from '../../src/oss/index.ts';
import { builderValuesSchema } from '../../src/app/form/builder-schema.ts';
import { DEFAULT_VALUES } from '../../src/app/form/defaults.ts';
import { postForm } from '../../src/sandbox/test-support/multipart.ts';
import { credentialsOf, v4Form } from '../../src/sandbox/test-support/sdk-forms.ts';
import {
  startSandboxProcess,
  type SandboxProcess,
} from '../../src/sandbox/test-support/start-sandbox.ts';

interface Case {
  name: string;
  key?: string;
  fields?: Record<string, string>;
  /** undefined: every reader accepts. */
  refused?: {
    /** The check's id (and the record's). */
    check: string;
    status: number;
    code: string;
    ec?: string;
    /** The zod issue's message id (the page's words for the rule). */
    schema: string | RegExp;
  };
}

const KB = 1024;
const META_NAME = 'x-oss-meta-note';

const CASES: Case[] = [
  { name: 'ACL public-read', fields: { 'x-oss-object-acl': 'public-read' } },
  {
    name: 'ACL "Private" (case matters)',
    fields: { 'x-oss-object-acl': 'Private' },
    refused: {
      check: 'value.acl',
      status: 400,
      code: 'InvalidArgument',
      schema: /^choice:default, private/,
    },
  },
  { name: 'storage class DeepColdArchive', fields: { 'x-oss-storage-class': 'DeepColdArchive' } },
  {
    name: 'storage class "Cold"',
    fields: { 'x-oss-storage-class': 'Cold' },
    refused: {
      check: 'value.storage-class',
      status: 400,
      code: 'InvalidArgument',
      schema: /^choice:Standard/,
    },
  },
  { name: 'encryption SM4', fields: { 'x-oss-server-side-encryption': 'SM4' } },
  {
    name: 'encryption KMS with a key id',
    fields: { 'x-oss-server-side-encryption': 'KMS', 'x-oss-server-side-encryption-key-id': 'k-1' },
  },
  {
    name: 'encryption "aes256"',
    fields: { 'x-oss-server-side-encryption': 'aes256' },
    refused: {
      check: 'value.sse',
      status: 400,
      code: 'InvalidEncryptionAlgorithmError',
      schema: /^choice:AES256, KMS, SM4$/,
    },
  },
  {
    name: 'a KMS key id with AES256',
    fields: {
      'x-oss-server-side-encryption': 'AES256',
      'x-oss-server-side-encryption-key-id': 'k-1',
    },
    refused: {
      check: 'value.sse-key-without-kms',
      status: 400,
      code: 'InvalidArgument',
      schema: 'kmsKeyWithoutKms',
    },
  },
  {
    name: 'x-oss-forbid-overwrite "yes"',
    fields: { 'x-oss-forbid-overwrite': 'yes' },
    refused: {
      check: 'value.forbid-overwrite',
      status: 400,
      code: 'InvalidArgument',
      ec: '0006-00000117',
      schema: /^choice:true, false$/,
    },
  },
  // 15 bytes of name + 8177 of value: exactly 8 KB.
  {
    name: 'user metadata of exactly 8 KB',
    fields: { [META_NAME]: 'm'.repeat(8 * KB - META_NAME.length) },
  },
  {
    name: 'user metadata of 9 KB',
    fields: { [META_NAME]: 'm'.repeat(9 * KB) },
    refused: {
      check: 'meta.too-large',
      status: 400,
      code: 'InvalidArgument',
      ec: '0011-00000002',
      schema: 'userMetaTooLarge',
    },
  },
  {
    name: 'user metadata 1 byte over 8 KB over two fields',
    fields: { 'x-oss-meta-a': 'a'.repeat(4 * KB), 'x-oss-meta-b': 'b'.repeat(4 * KB - 23) },
    refused: {
      check: 'meta.too-large',
      status: 400,
      code: 'InvalidArgument',
      ec: '0011-00000002',
      schema: 'userMetaTooLarge',
    },
  },
  {
    name: 'a key starting with /',
    key: '/avatars/a.png',
    refused: {
      check: 'key.leading-slash',
      status: 400,
      code: 'InvalidObjectName',
      schema: 'keyLeadingSlash',
    },
  },
  {
    name: 'a key of 1024 bytes',
    key: 'k'.repeat(1024),
    refused: { check: 'key.too-long', status: 400, code: 'InvalidObjectName', schema: 'keyLength' },
  },
  { name: 'a key of 1023 bytes', key: 'k'.repeat(1023) },
];

const KEY = 'rules/a.txt';
const NOW = new Date();

async function coreForm(c: Case) {
  return buildPostForm({
    target: { bucket: 'examplebucket', region: 'cn-hangzhou' },
    credentials: { accessKeyId: 'AK', accessKeySecret: 'secret' },
    key: c.key ?? KEY,
    expiration: { secondsFromNow: 600 },
    now: NOW,
    fields: Object.entries(c.fields ?? {}).map(([name, value]) => ({ name, value })),
  });
}

async function verdictOf(c: Case): Promise<Verdict> {
  const form = await coreForm(c);
  const parts: PostPart[] = form.fields.map((entry) =>
    entry.kind === 'file'
      ? { name: 'file', file: { filename: 'a.txt', size: 3, contentType: 'text/plain' } }
      : { name: entry.name, value: entry.value },
  );
  return evaluatePost({
    contentType: 'multipart/form-data; boundary=x',
    parts,
    bucket: { name: 'examplebucket', region: 'cn-hangzhou', acl: 'private' },
    lookupAccessKey: (id) =>
      id === 'AK' ? { accessKeyId: 'AK', accessKeySecret: 'secret' } : undefined,
    now: NOW,
  });
}

function schemaMessages(c: Case): string[] {
  const parsed = builderValuesSchema.safeParse({
    ...DEFAULT_VALUES,
    credentials: { ...DEFAULT_VALUES.credentials, accessKeyId: 'AK', accessKeySecret: 'secret' },
    key: c.key ?? KEY,
    fields: Object.entries(c.fields ?? {}).map(([name, value]) => ({ name, value })),
  });
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

/** What a rule's check ids look like in the other readers' answers. */
const RULE_CHECK_IDS = new Set(CASES.flatMap((c) => (c.refused ? [c.refused.check] : [])));

describe.each(CASES)('$name', (c) => {
  it('the checks', async () => {
    const ids = (await coreForm(c)).checks
      .filter((check) => check.severity === 'error')
      .map((check) => check.id);
    if (c.refused) expect(ids).toContain(c.refused.check);
    else expect(ids.filter((id) => RULE_CHECK_IDS.has(id))).toEqual([]);
  });

  it("OSS's verdict (evaluatePost)", async () => {
    const verdict = await verdictOf(c);
    if (!c.refused) {
      expect(verdict).toMatchObject({ ok: true });
      return;
    }
    expect(verdict.ok === false && [verdict.status, verdict.code, verdict.ec]).toEqual([
      c.refused.status,
      c.refused.code,
      c.refused.ec,
    ]);
  });

  it("the page's zod schema", () => {
    const messages = schemaMessages(c);
    if (!c.refused) expect(messages).toEqual([]);
    else if (typeof c.refused.schema === 'string') expect(messages).toContain(c.refused.schema);
    else expect(messages.some((m) => (c.refused?.schema as RegExp).test(m))).toBe(true);
  });
});

describe('the sandbox over HTTP, forms signed by ali-oss', () => {
  let sandbox: SandboxProcess;
  beforeAll(async () => {
    sandbox = await startSandboxProcess({ timeoutMs: 40_000 });
  }, 45_000);
  afterAll(() => sandbox?.stop());

  it.each(CASES)('$name', async (c) => {
    const answer = await postForm(
      `${sandbox.url}/`,
      v4Form(credentialsOf(sandbox), {
        key: c.key ?? KEY,
        ...(c.fields ? { fields: c.fields } : {}),
      }),
    );
    if (!c.refused) {
      expect(answer.status).toBe(204);
      return;
    }
    expect([answer.status, answer.code, answer.ec]).toEqual([
      c.refused.status,
      c.refused.code,
      c.refused.ec,
    ]);
  });
});
