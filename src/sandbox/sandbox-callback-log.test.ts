// GET /__sandbox/callbacks against the real sandbox: each upload's callback as OSS sent it (URL,
// signed headers, body, the signature checked with the sandbox's own key), the callback server's
// answer, and what the uploader got (200 with that body, 203 CallbackFailed and why); newest first,
// the last 100 only.
// https://www.alibabacloud.com/help/en/oss/developer-reference/callback
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK_LOG_SIZE, createCallbackLog, type CallbackLogEntry } from './callback-log.ts';
import { postForm } from './test-support/multipart.ts';
import { type Credentials, credentialsOf, v4Form } from './test-support/sdk-forms.ts';
import { startSandboxProcess, type SandboxProcess } from './test-support/start-sandbox.ts';

let sandbox: SandboxProcess;
let creds: Credentials;
let server: Server;
let serverUrl = '';
/** The framing headers each callback arrived with, in order. */
const framing: { length?: string; chunked?: string; bytes: number }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      framing.push({
        length: req.headers['content-length'],
        chunked: req.headers['transfer-encoding'],
        bytes,
      });
      if (req.url?.startsWith('/fail')) {
        res.writeHead(502, { 'X-Why': 'down' });
        res.end('upstream down');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"Status":"OK","saved":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sandbox = await startSandboxProcess({ args: ['--allow-private-callback'] });
  creds = credentialsOf(sandbox);
});
afterAll(async () => {
  await sandbox?.stop();
  server?.close();
});

function upload(key: string, urls: string) {
  const callback = Buffer.from(
    JSON.stringify({ callbackUrl: urls, callbackBody: 'object=${object}&size=${size}' }),
  ).toString('base64');
  return postForm(`${sandbox.url}/`, v4Form(creds, { key, fields: { callback } }));
}

async function callbacks(): Promise<CallbackLogEntry[]> {
  const answer = await fetch(`${sandbox.origin}/__sandbox/callbacks`);
  expect(answer.headers.get('content-type')).toContain('application/json');
  return ((await answer.json()) as { callbacks: CallbackLogEntry[] }).callbacks;
}

describe('GET /__sandbox/callbacks', () => {
  it('is empty before any callback', async () => {
    expect(await callbacks()).toEqual([]);
  });

  it('records a successful callback: the signed request, the answer, and the 200 the uploader got', async () => {
    const answer = await upload('log/ok.txt', `${serverUrl}/ok?id=1`);
    expect(answer.status).toBe(200);
    const [entry] = await callbacks();
    expect(entry.object).toBe('log/ok.txt');
    expect(entry.requestId).toBe(answer.headers.get('x-oss-request-id'));
    expect(entry.answer).toEqual({ status: 200, body: '{"Status":"OK","saved":true}' });
    const [attempt] = entry.attempts;
    expect(attempt.url).toBe(`${serverUrl}/ok?id=1`);
    expect(attempt.request.body).toBe('object=log%2Fok.txt&size=14');
    expect(attempt.request.headers.Authorization).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(attempt.request.headers['x-oss-pub-key-url'], 'base64').toString()).toBe(
      `${sandbox.origin}/__sandbox/callback-public-key.pem`,
    );
    expect(attempt.signatureVerifies).toBe(true);
    expect(attempt.reply).toMatchObject({ status: 200, body: '{"Status":"OK","saved":true}' });
  });

  it('records a 203: each URL tried, what each answered, and why OSS failed the callback', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const answer = await upload('log/fail.txt', `${serverUrl}/fail;http://127.0.0.1:${deadPort}/x`);
    expect(answer.status).toBe(203);
    const [entry, previous] = await callbacks();
    expect(previous.object).toBe('log/ok.txt');
    expect(entry.answer).toEqual({ status: 203, code: 'CallbackFailed', message: answer.message });
    expect(entry.attempts).toHaveLength(2);
    expect(entry.attempts[0].reply).toMatchObject({ status: 502, body: 'upstream down' });
    expect(entry.attempts[0].reply).toHaveProperty('headers.x-why', 'down');
    expect(entry.attempts[1].reply).toHaveProperty('error');
    expect(entry.attempts[1].signatureVerifies).toBe(true);
  });
  it('sends a fixed Content-Length on the wire but records only the signed headers, so a replay with an edited body is answered', async () => {
    framing.length = 0;
    expect((await upload('log/replay.txt', `${serverUrl}/ok`)).status).toBe(200);
    const [entry] = await callbacks();
    const [attempt] = entry.attempts;
    const sent = Buffer.byteLength(attempt.request.body);
    expect(framing).toEqual([{ length: String(sent), chunked: undefined, bytes: sent }]);
    expect(Object.keys(attempt.request.headers).sort()).toEqual(
      ['Authorization', 'Content-Type', 'x-oss-pub-key-url'].sort(),
    );
    // A recorded Content-Length would be sent with the longer body and the request would hang.
    const replay = await fetch(attempt.url, {
      method: 'POST',
      headers: attempt.request.headers,
      body: attempt.request.body.replace('size=', 'size=9'),
      signal: AbortSignal.timeout(3000),
    });
    expect(replay.status).toBe(200);
    expect(framing.at(-1)).toEqual({
      length: String(sent + 1),
      chunked: undefined,
      bytes: sent + 1,
    });
  });
});

describe('createCallbackLog', () => {
  it(`keeps the last ${CALLBACK_LOG_SIZE}, newest first, and flags a signature that does not verify`, () => {
    const log = createCallbackLog('not a key');
    for (let i = 0; i < CALLBACK_LOG_SIZE + 5; i += 1) {
      const record = log.begin({ bucket: 'b', object: `o${i}`, requestId: `r${i}` });
      record.observe({
        url: 'http://127.0.0.1/cb',
        request: { headers: { Authorization: 'AAAA' }, body: '' },
        reply: { error: 'x', ms: 1 },
      });
      record.finish({ status: 200, body: '{}' });
    }
    const list = log.list();
    expect(list).toHaveLength(CALLBACK_LOG_SIZE);
    expect(list[0].object).toBe(`o${CALLBACK_LOG_SIZE + 4}`);
    expect(list.at(-1)?.object).toBe('o5');
    expect(list[0].attempts[0].signatureVerifies).toBe(false);
  });
});
