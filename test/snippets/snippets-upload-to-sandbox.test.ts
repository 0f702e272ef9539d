// Proof by running, against the real sandbox process: the curl snippet, the JavaScript snippet
// (fetch, in Node) and each server-side signer (node, python3, go, java) store the right bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  renderCurlSnippet,
  renderGoSignerSnippet,
  renderJavaScriptSnippet,
  renderJavaSignerSnippet,
  renderNodeSignerSnippet,
  renderPythonSignerSnippet,
  type PostForm,
} from '../../src/oss/index.ts';
import {
  hasCommand,
  postFields,
  readObject,
  run,
  sampleBytes,
  sampleCases,
  startHarness,
  type Harness,
} from './snippet-harness.ts';

let h: Harness;
const dir = mkdtempSync(join(tmpdir(), 'oss-snippet-proof-'));
beforeAll(async () => {
  h = await startHarness();
}, 30_000);
afterAll(async () => {
  await h?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function stsEnv(sts: boolean): Record<string, string> {
  return sts ? { OSS_SESSION_TOKEN: h.sts.SecurityToken } : { OSS_SESSION_TOKEN: '' };
}

async function expectStored(key: string, bytes: Uint8Array) {
  const stored = await readObject(h.sandbox, key);
  expect(stored, `object ${key} in the sandbox`).not.toBeNull();
  expect(Buffer.from(stored ?? []).equals(Buffer.from(bytes))).toBe(true);
}

function expectCallback(form: PostForm, fileName: string) {
  if (!form.fields.some((f) => f.name === 'callback')) return;
  expect(
    h.callbacks.some(
      (body) => body.includes('who=zhang') && body.includes(encodeURIComponent(fileName)),
    ),
  ).toBe(true);
}

const hasCurl = await hasCommand('curl', ['--version']);

describe('curl snippet', () => {
  if (!hasCurl) {
    it.skip('skipped: "curl" is not installed on this machine (.ci/run installs it)', () => {});
    return;
  }
  it.each(sampleCases('curl'))('$name: stored with the right bytes', async (c) => {
    const form = await c.build(h);
    const fileName = `curl ${c.sts ? 'sts' : 'plain'} 'quoted' $x.txt`;
    const filePath = join(dir, fileName);
    const bytes = sampleBytes(c.name);
    writeFileSync(filePath, bytes);
    const script = join(dir, `upload-${Date.now()}.sh`);
    writeFileSync(script, renderCurlSnippet(form, { filePath }));
    const { stdout } = await run('sh', [script], { env: { ...process.env, ...stsEnv(c.sts) } });
    if (form.fields.some((f) => f.name === 'success_action_status' && f.value === '201')) {
      expect(stdout).toContain('<PostResponse>');
    }
    await expectStored(c.storedKey(fileName), bytes);
    expectCallback(form, fileName);
  });
});

describe('JavaScript snippet (fetch, run by node)', () => {
  it.each(sampleCases('js'))('$name: stored with the right bytes', async (c) => {
    const form = await c.build(h);
    const sub = mkdtempSync(join(dir, 'js-'));
    writeFileSync(join(sub, 'oss-upload.mjs'), renderJavaScriptSnippet(form));
    const fileName = `js-${c.sts ? 'sts' : 'plain'}.txt`;
    const bytes = sampleBytes(c.name);
    writeFileSync(
      join(sub, 'main.mjs'),
      `import { uploadWithFetch } from './oss-upload.mjs';
const file = new File([new Uint8Array(${JSON.stringify(Array.from(bytes))})], ${JSON.stringify(fileName)}, { type: 'text/plain' });
const result = await uploadWithFetch(file, { securityToken: process.env.OSS_SESSION_TOKEN });
console.log(JSON.stringify(result));`,
    );
    const { stdout } = await run('node', [join(sub, 'main.mjs')], {
      env: { ...process.env, ...stsEnv(c.sts) },
    });
    expect(JSON.parse(stdout).status).toBeLessThan(300);
    await expectStored(c.storedKey(fileName), bytes);
    expectCallback(form, fileName);
  });
});

const SIGNERS = [
  {
    name: 'Node',
    file: 'sign-post.mjs',
    render: renderNodeSignerSnippet,
    cmd: ['node'],
    probe: ['node', ['--version']],
  },
  {
    name: 'Python',
    file: 'sign_post.py',
    render: renderPythonSignerSnippet,
    cmd: ['python3'],
    probe: ['python3', ['--version']],
  },
  {
    name: 'Go',
    file: 'sign_post.go',
    render: renderGoSignerSnippet,
    cmd: ['go', 'run'],
    probe: ['go', ['version']],
  },
  {
    name: 'Java',
    file: 'SignPostForm.java',
    render: renderJavaSignerSnippet,
    cmd: ['java'],
    probe: ['java', ['-version']],
  },
] as const;

const available = Object.fromEntries(
  await Promise.all(
    SIGNERS.map(async (s) => [s.name, await hasCommand(s.probe[0], [...s.probe[1]])] as const),
  ),
);

describe.each(SIGNERS)('$name signer snippet', (signer) => {
  if (!available[signer.name]) {
    it.skip(`skipped: "${signer.probe[0]}" is not installed on this machine (.ci/run installs it)`, () => {});
    return;
  }
  it.each(sampleCases(`signer-${signer.name.toLowerCase()}`))(
    '$name: a post built from its JSON output (file last) is accepted and stored',
    async (c) => {
      const form = await c.build(h);
      const sub = mkdtempSync(join(dir, `${signer.name}-`));
      const file = join(sub, signer.file);
      writeFileSync(file, signer.render(form));
      const env = {
        ...process.env,
        OSS_ACCESS_KEY_ID: c.sts ? h.sts.AccessKeyId : h.sandbox.accessKeyId,
        OSS_ACCESS_KEY_SECRET: c.sts ? h.sts.AccessKeySecret : h.sandbox.accessKeySecret,
        ...stsEnv(c.sts),
        // The plain C locale, so non-ASCII survives whatever charset the JDK or Python picks.
        LC_ALL: 'C',
        LANG: 'C',
      };
      const [command, ...args] = signer.cmd;
      const { stdout } = await run(command, [...args, file], { env, cwd: sub, timeout: 120_000 });
      const output = JSON.parse(stdout) as { url: string; fields: Record<string, string> };
      const fileName = `${signer.name.toLowerCase()} 签名.txt`;
      const bytes = sampleBytes(`${signer.name} ${c.name}`);
      const answer = await postFields(output.url, output.fields, { name: fileName, bytes });
      expect(answer.status, answer.body).toBeLessThan(300);
      await expectStored(c.storedKey(fileName), bytes);
      expectCallback(form, fileName);
    },
  );
});
