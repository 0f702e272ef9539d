// Streaming, atomic commit and containment, against the real sandbox process: an aborted upload
// leaves nothing, 50 concurrent uploads are stored intact, hostile keys stay inside the data dir,
// idle connections and oversized headers get OSS's answers, SIGTERM stops it cleanly.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMultipart, postForm, sendRaw } from './test-support/multipart.ts';
import { type Credentials, credentialsOf, v4Form } from './test-support/sdk-forms.ts';
import { startSandboxProcess, type SandboxProcess } from './test-support/start-sandbox.ts';

let sandbox: SandboxProcess;
let creds: Credentials;

beforeAll(async () => {
  sandbox = await startSandboxProcess({ args: ['--idle-timeout', '2'] });
  creds = credentialsOf(sandbox);
});
afterAll(() => sandbox?.stop());

const tmpFiles = () => readdirSync(path.join(sandbox.dataDir, 'tmp'));
const md5 = (data: Buffer) => createHash('md5').update(data).digest('hex').toUpperCase();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => boolean, ms = 3000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(25)) if (check()) return true;
  return check();
}

describe('streaming uploads', () => {
  it('leaves no object and no temporary file when the upload is aborted half-way', async () => {
    const { body, contentType } = buildMultipart(
      v4Form(creds, { key: 'aborted.bin', file: randomBytes(4 * 1024 * 1024) }),
    );
    const req = request({
      host: '127.0.0.1',
      port: sandbox.port,
      path: `/${sandbox.bucket}/`,
      method: 'POST',
      headers: { 'Content-Type': contentType, 'Content-Length': body.length },
    });
    req.on('error', () => undefined);
    req.write(body.subarray(0, body.length / 2));
    expect(await waitFor(() => tmpFiles().length === 1)).toBe(true); // the file is being received
    req.destroy();
    expect(await waitFor(() => tmpFiles().length === 0)).toBe(true);
    const head = await sendRaw(`${sandbox.url}/aborted.bin`, 'HEAD', undefined);
    expect(head.status).toBe(404);
  });

  it('stores 50 concurrent uploads intact', async () => {
    const files = Array.from({ length: 50 }, (_, i) => ({
      key: `concurrent/${i}.bin`,
      data: randomBytes(20_000 + i * 3001),
    }));
    const answers = await Promise.all(
      files.map((f) => postForm(`${sandbox.url}/`, v4Form(creds, { key: f.key, file: f.data }))),
    );
    expect(answers.map((a) => a.status)).toEqual(files.map(() => 204));
    const stored = await Promise.all(
      files.map(async (f) =>
        Buffer.from(await (await fetch(`${sandbox.url}/${f.key}`)).arrayBuffer()),
      ),
    );
    expect(stored.map(md5)).toEqual(files.map((f) => md5(f.data)));
    expect(tmpFiles()).toEqual([]);
  });

  it.each([
    ['../x'],
    ['a/../../b'],
    ['..\\..\\c'],
    ['./../../../../tmp/escaped'],
    ['nul\u0000byte'],
    ['%2e%2e/y'],
  ])('keeps key %j inside the data dir', async (key) => {
    const data = randomBytes(32).toString('hex');
    const answer = await postForm(`${sandbox.url}/`, v4Form(creds, { key, file: data }));
    const outside = [
      path.resolve(sandbox.dataDir, '..', 'x'),
      path.resolve(sandbox.dataDir, '..', 'b'),
      '/tmp/escaped',
      path.resolve(sandbox.dataDir, '..', 'y'),
    ];
    expect(outside.filter((p) => existsSync(p))).toEqual([]);
    if (answer.status === 204) {
      // Read back through the raw path (node:http does not normalise `..`): the same bytes.
      const raw = `${sandbox.url}/${key.split('/').map(encodeURIComponent).join('/')}`;
      const back = await sendRaw(raw, 'GET', undefined);
      expect([back.status, back.text]).toEqual([200, data]);
    } else {
      expect(answer.code).toBe('InvalidObjectName');
    }
    for (const entry of readdirSync(sandbox.dataDir))
      expect(['objects', 'meta', 'tmp', 'index.jsonl', 'cors.xml']).toContain(entry);
  });

  it('refuses an absolute key', async () => {
    const answer = await postForm(`${sandbox.url}/`, v4Form(creds, { key: '/etc/passwd' }));
    expect([answer.status, answer.code]).toEqual([400, 'InvalidObjectName']);
  });

  it('answers RequestTimeout (400) on a connection that goes idle mid-upload, and keeps no temp file', async () => {
    const { body, contentType } = buildMultipart(
      v4Form(creds, { key: 'idle.bin', file: randomBytes(100_000) }),
    );
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(sandbox.port, '127.0.0.1', () => {
        socket.write(
          `POST /${sandbox.bucket}/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`,
        );
        socket.write(body.subarray(0, 50_000));
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer).toContain('<Code>RequestTimeout</Code>');
    expect(await waitFor(() => tmpFiles().length === 0)).toBe(true);
  });

  it('refuses oversized request headers with an OSS 400', async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(sandbox.port, '127.0.0.1', () => {
        socket.write(
          `GET /${sandbox.bucket}/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
        );
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer).toContain('<Code>');
    expect(answer).toContain('Server: AliyunOSS');
  });
});

describe('the process', () => {
  it('prints one ready line, binds loopback, and exits 0 on SIGTERM', async () => {
    const other = await startSandboxProcess();
    expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/examplebucket$/);
    await other.stop();
    expect([other.child.exitCode, other.child.signalCode]).toEqual([0, null]);
  });
});
