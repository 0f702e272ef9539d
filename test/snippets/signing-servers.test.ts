// Proof by running: each signing server snippet (Node.js, Python, Go, Java) is started on a free
// port with only the credentials in its environment; a browser-style post with the fields of its
// answer is stored by the real sandbox and read back, a key outside the user's prefix is refused,
// and its callback route verifies the sandbox's signed callback and refuses a tampered, unsigned or
// untrusted one with 403.
// https://www.alibabacloud.com/help/en/oss/use-cases/obtain-signature-information-from-the-server-and-upload-data-to-oss
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importSigningServerAnswer,
  lintImportedForm,
  renderGoServerSnippet,
  renderJavaServerSnippet,
  renderNodeServerSnippet,
  renderPythonServerSnippet,
  type PostForm,
  type ServerSnippetOptions,
  SNIPPETS_TEXTS_ZH,
} from '../../src/oss/index.ts';
import { buildSample, richSpec, v1Spec } from '../../src/oss/fixtures/sample-forms.ts';
import type { CallbackLogEntry } from '../../src/sandbox/callback-log.ts';
import {
  hasCommand,
  postFields,
  readObject,
  sampleBytes,
  startHarness,
  type Harness,
} from './snippet-harness.ts';
import { freePort, startServerProcess, type ServerProcess } from './server-process.ts';

const PAGE_ORIGIN = 'http://page.example';

interface ServerKind {
  name: string;
  tool: string;
  available: boolean;
  file: string;
  render: (form: PostForm, options?: ServerSnippetOptions) => string;
  command: (file: string) => [string, string[]];
}

const SERVERS: ServerKind[] = [
  {
    name: 'Node.js',
    tool: 'node',
    available: true,
    file: 'server.mjs',
    render: renderNodeServerSnippet,
    command: (file) => [process.execPath, [file]],
  },
  {
    name: 'Python',
    tool: 'python3',
    available: await hasCommand('python3', ['--version']),
    file: 'server.py',
    render: renderPythonServerSnippet,
    command: (file) => ['python3', ['-u', file]],
  },
  {
    name: 'Go',
    tool: 'go',
    available: await hasCommand('go', ['version']),
    file: 'server.go',
    render: renderGoServerSnippet,
    // Built first, then exec'd: stopping the test's process stops the server itself.
    command: (file) => ['sh', ['-c', `go build -o server-bin "${file}" && exec ./server-bin`]],
  },
  {
    name: 'Java',
    tool: 'java',
    available: await hasCommand('java', ['-version']),
    file: 'Server.java',
    render: renderJavaServerSnippet,
    command: (file) => ['java', [file]],
  },
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 30_000);
afterAll(async () => {
  await h?.stop();
});

interface Answer {
  host: string;
  dir: string;
  fields: Record<string, string>;
  callback?: string;
  security_token?: string;
}

async function callbacks(): Promise<CallbackLogEntry[]> {
  const answer = await fetch(`${h.sandbox.origin}/__sandbox/callbacks`);
  return ((await answer.json()) as { callbacks: CallbackLogEntry[] }).callbacks;
}

function start(kind: ServerKind, form: PostForm, port: number, sts: boolean) {
  return startServerProcess({
    file: kind.file,
    source: kind.render(form, { pageOrigin: PAGE_ORIGIN, texts: SNIPPETS_TEXTS_ZH }),
    command: kind.command,
    env: {
      OSS_ACCESS_KEY_ID: sts ? h.sts.AccessKeyId : h.sandbox.accessKeyId,
      OSS_ACCESS_KEY_SECRET: sts ? h.sts.AccessKeySecret : h.sandbox.accessKeySecret,
      OSS_SESSION_TOKEN: sts ? h.sts.SecurityToken : '',
      PORT: String(port),
    },
  });
}

/** GETs a policy (as the page would, with its Origin), imports it and uploads a file with it. */
async function uploadThrough(server: ServerProcess, fileName: string) {
  const response = await fetch(`${server.origin}/oss/post-policy`, {
    headers: { Origin: PAGE_ORIGIN },
  });
  expect(response.status, server.output()).toBe(200);
  expect(response.headers.get('access-control-allow-origin')).toBe(PAGE_ORIGIN);
  const text = await response.text();
  const answer = JSON.parse(text) as Answer;
  const imported = importSigningServerAnswer(text);
  expect(imported.ok).toBe(true);
  if (!imported.ok) throw new Error('not imported');
  expect(imported.value.problems).toEqual([]);
  expect(lintImportedForm(imported.value).filter((c) => c.severity === 'error')).toEqual([]);
  const fields = Object.fromEntries(imported.value.fields.map((f) => [f.name, f.value]));
  const bytes = sampleBytes(fileName);
  const result = await postFields(answer.host, fields, { name: fileName, bytes });
  return { answer, fields, bytes, result };
}

describe.each(SERVERS)('$name signing server, run for real', (kind) => {
  if (!kind.available) {
    it.skip(`skipped: "${kind.tool}" is not installed on this machine`, () => {});
    return;
  }

  it('V4 + STS + callback: signs per user, the sandbox stores the upload, the callback route verifies it', async () => {
    const port = await freePort();
    const form = await buildSample(
      richSpec(
        {
          endpoint: h.sandbox.url,
          bucket: h.sandbox.bucket,
          region: h.sandbox.region,
          accessKeyId: h.sts.AccessKeyId,
          accessKeySecret: h.sts.AccessKeySecret,
          securityToken: h.sts.SecurityToken,
        },
        `http://127.0.0.1:${port}/oss/callback`,
      ),
    );
    const server = await start(kind, form, port, true);
    try {
      const { answer, fields, bytes, result } = await uploadThrough(server, 'a 报告.txt');
      // A fresh random folder under the builder's prefix, and the fields the policy requires.
      expect(answer.dir).toMatch(/^用户\/[0-9a-f]{16}\/$/);
      expect(answer.fields).toEqual({
        'x-oss-meta-owner': `O'Brien "Zhang" $HOME & <b> \`id\``,
        success_action_status: '200',
        'x:who': 'zhang',
      });
      expect(answer.security_token).toBe(h.sts.SecurityToken);
      expect(result.status, result.body).toBe(200);
      expect(JSON.parse(result.body)).toEqual({ Status: 'OK' });
      const stored = await readObject(h.sandbox, `${answer.dir}a 报告.txt`);
      expect(Buffer.from(stored ?? []).equals(Buffer.from(bytes))).toBe(true);

      // The callback the sandbox sent, verified by the server (200 above); now replayed.
      const [entry] = await callbacks();
      expect(entry.object).toBe(`${answer.dir}a 报告.txt`);
      const [attempt] = entry.attempts;
      expect(attempt.reply).toMatchObject({ status: 200 });
      const replay = (headers: Record<string, string>, body: string) =>
        fetch(`${server.origin}/oss/callback`, { method: 'POST', headers, body });
      const signed = attempt.request.headers;
      expect((await replay(signed, attempt.request.body)).status).toBe(200);
      const tampered = await replay(signed, attempt.request.body.replace('size=', 'size=9'));
      expect(tampered.status).toBe(403);
      expect(await tampered.json()).toHaveProperty('error');
      const { Authorization: _dropped, ...unsigned } = signed;
      expect((await replay(unsigned, attempt.request.body)).status).toBe(403);
      const elsewhere = Buffer.from('http://127.0.0.2:9/key.pem').toString('base64');
      const untrusted = await replay(
        { ...signed, 'x-oss-pub-key-url': elsewhere },
        attempt.request.body,
      );
      expect(untrusted.status).toBe(403);

      // Outside the user's prefix: OSS refuses the key.
      const outside = await postFields(
        answer.host,
        { ...fields, key: '用户/someone-else.txt' },
        { name: 'x.txt', bytes },
      );
      expect(outside.status).toBe(403);
      expect(outside.body).toContain('<Code>AccessDenied</Code>');
      // Another origin cannot read the answer from a browser.
      const foreign = await fetch(`${server.origin}/oss/post-policy`, {
        headers: { Origin: 'http://evil.example' },
      });
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
      // Bad requests: JSON errors, no stack trace.
      for (const [method, path, status] of [
        ['GET', '/nowhere', 404],
        ['POST', '/oss/post-policy', 405],
        ['GET', '/oss/callback', 405],
      ] as const) {
        const bad = await fetch(`${server.origin}${path}`, { method });
        expect(bad.status, `${method} ${path}`).toBe(status);
        expect(bad.headers.get('content-type')).toContain('application/json');
        expect(await bad.json()).toHaveProperty('error');
      }
    } finally {
      await server.stop();
    }
  });

  it('V1, no token: the answer names accessid, and the upload is stored', async () => {
    const form = await buildSample(
      v1Spec(
        {
          endpoint: h.sandbox.url,
          bucket: h.sandbox.bucket,
          region: h.sandbox.region,
          accessKeyId: h.sandbox.accessKeyId,
          accessKeySecret: h.sandbox.accessKeySecret,
        },
        'legacy/v1.txt',
      ),
    );
    const server = await start(kind, form, 0, false);
    try {
      const { answer, bytes, result } = await uploadThrough(server, 'v1.txt');
      expect(answer).toHaveProperty('accessid', h.sandbox.accessKeyId);
      expect(answer.dir).toMatch(/^legacy\/[0-9a-f]{16}\/$/);
      expect(answer.fields).toEqual({ 'Content-Type': 'text/plain', success_action_status: '201' });
      expect(result.status, result.body).toBe(201);
      const stored = await readObject(h.sandbox, `${answer.dir}v1.txt`);
      expect(Buffer.from(stored ?? []).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
