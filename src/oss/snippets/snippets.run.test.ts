// Proof by running: each signer snippet is executed by its real toolchain (node, python3, go,
// java) and its output is checked with node:crypto, independently of the core's Web Crypto signer.
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { PostForm } from '../form/form-types.ts';
import { decodePolicy } from '../policy/policy-decode.ts';
import type { PolicyCondition } from '../policy/policy-types.ts';
import { renderGoSignerSnippet } from './go-signer-snippet.ts';
import { renderJavaSignerSnippet } from './java-signer-snippet.ts';
import { renderNodeSignerSnippet } from './node-signer-snippet.ts';
import { renderPythonSignerSnippet } from './python-signer-snippet.ts';
import type { SnippetTexts } from './texts-en.ts';
import { SNIPPETS_TEXTS_ZH } from './texts-zh.ts';
import {
  buildSample,
  plainSpec,
  richSpec,
  v1Spec,
  type SampleTarget,
} from '../fixtures/sample-forms.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'oss-signers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENV = { id: 'AKID-run-test', secret: 'run-secret-0b7d3e', token: 'run-token-a41f' };
const TARGET: SampleTarget = {
  endpoint: 'http://127.0.0.1:9100/examplebucket',
  bucket: 'examplebucket',
  region: 'cn-hangzhou',
  accessKeyId: 'AKID-page',
  accessKeySecret: 'page-secret',
  securityToken: 'page-token',
};

async function has(command: string, args: string[]): Promise<boolean> {
  try {
    await run(command, args);
    return true;
  } catch {
    return false;
  }
}

const SIGNERS = [
  {
    name: 'Node',
    file: 'sign-post.mjs',
    render: renderNodeSignerSnippet,
    cmd: (f: string) => ['node', [f]] as const,
    available: true,
  },
  {
    name: 'Python',
    file: 'sign_post.py',
    render: renderPythonSignerSnippet,
    cmd: (f: string) => ['python3', [f]] as const,
    available: await has('python3', ['--version']),
  },
  {
    name: 'Go',
    file: 'sign_post.go',
    render: renderGoSignerSnippet,
    cmd: (f: string) => ['go', ['run', f]] as const,
    available: await has('go', ['version']),
  },
  {
    name: 'Java',
    file: 'SignPostForm.java',
    render: renderJavaSignerSnippet,
    cmd: (f: string) => ['java', [f]] as const,
    available: await has('java', ['-version']),
  },
];

const FORMS = [
  { name: 'rich V4 + STS', spec: () => richSpec(TARGET), token: true },
  {
    name: 'plain V4',
    spec: () => plainSpec({ ...TARGET, securityToken: undefined }),
    token: false,
  },
  { name: 'V1', spec: () => v1Spec({ ...TARGET, securityToken: undefined }), token: false },
  // Chinese comments: the same program still compiles and runs (UTF-8 source in every language).
  {
    name: 'rich V4 + STS, comments in zh-CN',
    spec: () => richSpec(TARGET),
    token: true,
    texts: SNIPPETS_TEXTS_ZH,
  },
  {
    name: 'V1, comments in zh-CN',
    spec: () => v1Spec({ ...TARGET, securityToken: undefined }),
    token: false,
    texts: SNIPPETS_TEXTS_ZH,
  },
];

interface SignerOutput {
  url: string;
  fields: Record<string, string>;
}

/** Writes and runs one signer; returns its parsed JSON output. */
async function runSigner(
  signer: (typeof SIGNERS)[number],
  form: PostForm,
  token: boolean,
  texts?: SnippetTexts,
): Promise<SignerOutput> {
  const sub = mkdtempSync(join(dir, `${signer.name}-`));
  const file = join(sub, signer.file);
  writeFileSync(file, signer.render(form, { texts }));
  const [command, args] = signer.cmd(file);
  const env = {
    ...process.env,
    OSS_ACCESS_KEY_ID: ENV.id,
    OSS_ACCESS_KEY_SECRET: ENV.secret,
    ...(token ? { OSS_SESSION_TOKEN: ENV.token } : { OSS_SESSION_TOKEN: '' }),
  };
  const { stdout } = await run(command, [...args], { env, cwd: sub, timeout: 120_000 });
  return JSON.parse(stdout) as SignerOutput;
}

function v4Key(secret: string, day: string, region: string): Buffer {
  let key = createHmac('sha256', `aliyun_v4${secret}`).update(day).digest();
  for (const part of [region, 'oss', 'aliyun_v4_request'])
    key = createHmac('sha256', key).update(part).digest();
  return key;
}

/** The form's conditions with the run-time values the signer should have put in. */
function expectedConditions(
  form: PostForm,
  values: Record<string, string>,
  token: boolean,
): PolicyCondition[] {
  const out: PolicyCondition[] = [];
  for (const c of form.policy.conditions) {
    const name = Array.isArray(c) ? '' : Object.keys(c)[0];
    if (name === 'x-oss-security-token') {
      if (token) out.push({ [name]: ENV.token });
    } else if (name in values) out.push({ [name]: values[name] });
    else out.push(c);
  }
  return out;
}

describe.each(SIGNERS)('$name signer snippet, run for real', (signer) => {
  if (!signer.available) {
    it.skip(`skipped: the ${signer.name} toolchain is not installed on this machine`, () => {});
    return;
  }
  it.each(FORMS)(
    '$name: same fields and policy, valid signature, fresh date',
    async ({ spec, token, ...rest }) => {
      const form = await buildSample(spec());
      const started = Date.now();
      const output = await runSigner(signer, form, token, 'texts' in rest ? rest.texts : undefined);
      expect(output.url).toBe(form.url);

      const names = Object.keys(output.fields);
      const formNames = form.fields.flatMap((f) => (f.kind === 'field' ? [f.name] : []));
      const expectedNames = token
        ? formNames
        : formNames.filter((n) => n !== 'x-oss-security-token');
      expect(names).toEqual(expectedNames);
      for (const f of form.fields) {
        if (
          f.kind !== 'field' ||
          /^(policy|Signature|OSSAccessKeyId|x-oss-(signature|credential|date|security-token))$/.test(
            f.name,
          )
        )
          continue;
        expect(output.fields[f.name]).toBe(f.value);
      }

      const decoded = decodePolicy(output.fields.policy);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      const values: Record<string, string> = {};
      if (form.version === 'v4') {
        const date = output.fields['x-oss-date'];
        expect(date).toMatch(/^\d{8}T\d{6}Z$/);
        const signedAt = Date.parse(
          date.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
        );
        expect(Math.abs(signedAt - started)).toBeLessThan(120_000);
        expect(output.fields['x-oss-credential']).toBe(
          `${ENV.id}/${date.slice(0, 8)}/cn-hangzhou/oss/aliyun_v4_request`,
        );
        values['x-oss-date'] = date;
        values['x-oss-credential'] = output.fields['x-oss-credential'];
        const expires = Date.parse(decoded.value.expiration);
        expect(Math.abs(expires - signedAt - 3600_000)).toBeLessThan(2000);
        const signature = createHmac('sha256', v4Key(ENV.secret, date.slice(0, 8), 'cn-hangzhou'))
          .update(output.fields.policy)
          .digest('hex');
        expect(output.fields['x-oss-signature']).toBe(signature);
      } else {
        expect(output.fields.OSSAccessKeyId).toBe(ENV.id);
        const signature = createHmac('sha1', ENV.secret)
          .update(output.fields.policy)
          .digest('base64');
        expect(output.fields.Signature).toBe(signature);
      }
      expect(decoded.value.conditions).toEqual(expectedConditions(form, values, token));
      if (token) expect(output.fields['x-oss-security-token']).toBe(ENV.token);
    },
  );
});
