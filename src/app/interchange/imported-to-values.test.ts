import { describe, expect, it } from 'vitest';
import {
  buildPostForm,
  encodeCallback,
  importPasted,
  renderCurlSnippet,
  renderHtmlFormSnippet,
  type ImportedForm,
  type PolicyCondition,
} from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { createConditionRow } from '../form/condition-rows.ts';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import { toPostFormSpec } from '../form/to-post-form-spec.ts';
import { importedToValues } from './imported-to-values.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

const TEXTS = textsNow(INTERCHANGE_TOOLS_TEXTS);

const SANDBOX = {
  endpoint: 'http://127.0.0.1:9187/examplebucket',
  bucket: 'examplebucket',
  region: 'cn-hangzhou',
};

// A form someone else built: sandbox target, V4 with STS, metadata, a callback and an x: variable.
const THEIRS: BuilderValues = {
  ...DEFAULT_VALUES,
  target: { mode: 'sandbox', ...SANDBOX },
  credentials: {
    signatureVersion: 'v4',
    accessKeyId: 'STS.theirs',
    accessKeySecret: 'their-secret-9f3',
    securityToken: 'their-token',
  },
  key: '用户/${filename}',
  expiration: { mode: 'absolute', amount: 1, unit: 'hours', absolute: '2030-01-01T00:00:00.000Z' },
  conditions: [
    createConditionRow({ kind: 'starts-with', field: 'key', value: '用户/' }),
    createConditionRow({
      kind: 'content-length-range',
      field: '',
      min: 1,
      minUnit: 'B',
      max: 5,
      maxUnit: 'MB',
    }),
    createConditionRow({ kind: 'in', field: 'content-type', values: 'text/plain\nimage/png' }),
  ],
  fields: [
    { name: 'x-oss-meta-owner', value: 'alice & bob' },
    { name: 'x:order', value: '42' },
  ],
  callbackUrl: 'https://cb.example.com/done',
  callbackBody: 'object=${object}&order=${x:order}',
};

// Mine: a different region bucket, my own secret, default policy.
const MINE: BuilderValues = {
  ...DEFAULT_VALUES,
  credentials: { ...DEFAULT_VALUES.credentials, accessKeyId: 'LTAImine', accessKeySecret: 'mine' },
};

async function imported(render: (form: Awaited<ReturnType<typeof buildPostForm>>) => string) {
  const form = await buildPostForm(toPostFormSpec(THEIRS, new Date('2029-12-31T23:00:00Z')));
  const result = importPasted(render(form));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('ImportedForm → builder values', () => {
  it.each([
    ['a curl command', (f: Parameters<typeof renderCurlSnippet>[0]) => renderCurlSnippet(f)],
    ['an HTML form', (f: Parameters<typeof renderHtmlFormSnippet>[0]) => renderHtmlFormSnippet(f)],
  ])('%s of a signed form comes back as the values that built it', async (_name, render) => {
    const form = await imported(render);
    const { values } = importedToValues(form, MINE, SANDBOX, TEXTS);
    expect(values.target).toEqual(THEIRS.target);
    expect(values.credentials.signatureVersion).toBe('v4');
    expect(values.credentials.accessKeyId).toBe('STS.theirs');
    // The secret never comes with an import: mine stays.
    expect(values.credentials.accessKeySecret).toBe('mine');
    expect(values.key).toBe(THEIRS.key);
    expect(values.expiration).toMatchObject({
      mode: 'absolute',
      absolute: '2030-01-01T00:00:00.000Z',
    });
    expect(values.conditions).toEqual(THEIRS.conditions);
    expect(values.fields).toEqual(THEIRS.fields);
    expect(values.callbackUrl).toBe(THEIRS.callbackUrl);
    expect(values.callbackBody).toBe(THEIRS.callbackBody);
  });

  it("reads target, region and version from Alibaba's V1 app-server answer", () => {
    const answer = JSON.stringify({
      accessid: 'LTAIserver',
      host: 'https://photos.oss-cn-shanghai.aliyuncs.com',
      policy: btoa(
        JSON.stringify({
          expiration: '2031-05-01T00:00:00.000Z',
          conditions: [['starts-with', '$key', 'user-dir/'], { bucket: 'photos' }],
        }),
      ),
      signature: 'c2lnbmF0dXJl',
      expire: 1900000000,
      dir: 'user-dir/',
    });
    const result = importPasted(answer);
    expect(result.ok).toBe(true);
    const { values, notes } = importedToValues(
      (result as { value: ImportedForm }).value,
      MINE,
      null,
      TEXTS,
    );
    expect(values.target).toEqual({
      mode: 'region',
      endpoint: 'https://photos.oss-cn-shanghai.aliyuncs.com',
      bucket: 'photos',
      region: 'cn-shanghai',
    });
    expect(values.credentials).toEqual({
      signatureVersion: 'v1',
      accessKeyId: 'LTAIserver',
      accessKeySecret: 'mine',
      securityToken: '',
    });
    expect(values.key).toBe('user-dir/${filename}');
    // The bucket condition is the builder's own: not shown as a row.
    expect(values.conditions).toEqual([
      createConditionRow({ kind: 'starts-with', field: 'key', value: 'user-dir/' }),
    ]);
    expect(values.fields).toEqual([]);
    expect(notes.join(' ')).toMatch(/secret is never imported/);
  });

  it.each<[string, PolicyCondition]>([
    ['{"bucket"}', { bucket: 'photos' }],
    ['{"Bucket"}', { Bucket: 'photos' }],
    ['["eq", "$bucket"]', ['eq', '$bucket', 'photos']],
    ['["eq", "$Bucket"]', ['eq', '$Bucket', 'photos']],
  ] as const)(
    'takes the bucket from the policy condition %s, region from x-oss-credential',
    (_, condition) => {
      const imported: ImportedForm = {
        source: 'html',
        fields: [
          {
            name: 'x-oss-credential',
            value: 'LTAIx/20310501/oss-cn-shanghai/oss/aliyun_v4_request',
          },
        ],
        files: [],
        policy: { expiration: '2031-05-01T00:00:00.000Z', conditions: [condition] },
        version: 'v4',
        problems: [],
      };
      const { values } = importedToValues(imported, MINE, null, TEXTS);
      expect(values.target).toEqual({ ...MINE.target, bucket: 'photos', region: 'cn-shanghai' });
    },
  );

  it('a policy alone replaces expiration and conditions but keeps key, fields and target', () => {
    const result = importPasted(
      JSON.stringify({
        expiration: '2031-01-01T00:00:00Z',
        conditions: [['eq', '$success_action_status', '204']],
      }),
    );
    if (!result.ok) throw new Error('policy JSON should import');
    const { values } = importedToValues(result.value, MINE, null, TEXTS);
    expect(values.target).toEqual(MINE.target);
    expect(values.key).toBe(MINE.key);
    expect(values.fields).toEqual(MINE.fields);
    expect(values.credentials.accessKeyId).toBe('LTAImine');
    expect(values.conditions).toEqual([
      createConditionRow({ kind: 'eq', field: 'success_action_status', value: '204' }),
    ]);
  });

  it('a custom domain stays custom; a callback keeps its host and JSON body type', () => {
    const callback = encodeCallback({
      urls: ['https://cb.example.com/a'],
      host: 'cb.example.com',
      body: '{"o":${object}}',
      bodyType: 'application/json',
    });
    const result = importPasted(
      `curl -F key=a.txt -F callback=${callback} -F file=@a.txt https://upload.example.com`,
    );
    if (!result.ok) throw new Error('curl should import');
    const { values, notes } = importedToValues(result.value, MINE, null, TEXTS);
    expect(values.target.mode).toBe('custom');
    expect(values.target.endpoint).toBe('https://upload.example.com');
    expect(values.target.bucket).toBe(MINE.target.bucket);
    expect(values.callbackUrl).toBe('https://cb.example.com/a');
    expect(values.callbackBody).toBe('{"o":${object}}');
    expect(values.callbackHost).toBe('cb.example.com');
    expect(values.callbackBodyType).toBe('application/json');
    expect(notes.join(' ')).not.toMatch(/callback/);
  });

  it("a bare policy moves the key under the policy's key prefix and lists what changed", () => {
    const result = importPasted(
      JSON.stringify({
        expiration: '2031-01-01T00:00:00.000Z',
        conditions: [{ bucket: 'examplebucket' }, ['starts-with', '$key', 'user/eric/']],
      }),
    );
    if (!result.ok) throw new Error('policy JSON should import');
    const { values, changes, versionChange } = importedToValues(result.value, MINE, null, TEXTS);
    expect(values.key).toBe('user/eric/${filename}');
    expect(changes).toEqual([
      { field: 'key', from: 'uploads/${filename}', to: 'user/eric/${filename}' },
      { field: 'expiration', from: 'after-signing:1 hours', to: '2031-01-01T00:00:00.000Z' },
      {
        field: 'conditions',
        from: 'starts-with key uploads/; content-length-range 1–10485760 bytes; eq success_action_status 201',
        to: 'starts-with key user/eric/',
      },
    ]);
    expect(versionChange).toBeNull();
  });

  it('takes an eq $key as the key, and keeps a key that already fits the prefix', () => {
    const policy = (condition: PolicyCondition) => {
      const result = importPasted(
        JSON.stringify({ expiration: '2031-01-01T00:00:00.000Z', conditions: [condition] }),
      );
      if (!result.ok) throw new Error('policy JSON should import');
      return result.value;
    };
    expect(importedToValues(policy(['eq', '$key', 'a/b.png']), MINE, null, TEXTS).values.key).toBe(
      'a/b.png',
    );
    expect(
      importedToValues(policy(['starts-with', '$key', 'up']), MINE, null, TEXTS).values.key,
    ).toBe(MINE.key);
  });

  it('says when the import switches V4 to V1, so the page can ask first', () => {
    const answer = JSON.stringify({
      accessid: 'LTAIserver',
      host: 'https://photos.oss-cn-shanghai.aliyuncs.com',
      policy: btoa(JSON.stringify({ expiration: '2031-05-01T00:00:00.000Z', conditions: [] })),
      signature: 'c2lnbmF0dXJl',
    });
    const result = importPasted(answer);
    if (!result.ok) throw new Error('app-server answer should import');
    const { changes, versionChange } = importedToValues(result.value, MINE, null, TEXTS);
    expect(versionChange).toEqual({ from: 'v4', to: 'v1' });
    expect(changes).toContainEqual({
      field: 'credentials.signatureVersion',
      from: 'v4',
      to: 'v1',
    });
  });
});

describe('an http:// address becoming https://', () => {
  const form = (url: string) => importPasted(`curl -F 'key=a/\${filename}' -F file=@a.txt ${url}`);
  it.each([
    ['http:// to a public OSS host: said', 'http://photos.oss-cn-shanghai.aliyuncs.com', true],
    ['https:// already', 'https://photos.oss-cn-shanghai.aliyuncs.com', false],
  ])('%s', (_title, url, said) => {
    const result = form(url);
    if (!result.ok) throw new Error('the curl command did not import');
    const { notes } = importedToValues(result.value, DEFAULT_VALUES, null, TEXTS);
    const note = notes.find((n) => n.includes('over HTTP'));
    if (said) {
      expect(note).toContain(url);
      expect(note).toContain('https://photos.oss-cn-shanghai.aliyuncs.com');
    } else expect(note).toBeUndefined();
  });
});
