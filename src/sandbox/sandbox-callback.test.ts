// Upload callbacks against the real sandbox and a local callback server (allowed with
// --allow-private-callback): variables substituted, the JSON answer returned with 200, and
// 203 CallbackFailed (object kept) when the server fails.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForm } from './test-support/multipart.ts';
import { type Credentials, credentialsOf, v4Form } from './test-support/sdk-forms.ts';
import { startSandboxProcess, type SandboxProcess } from './test-support/start-sandbox.ts';

let sandbox: SandboxProcess;
let creds: Credentials;
let callbackServer: Server;
let callbackUrl = '';
const received: { body: string; contentType: string }[] = [];

beforeAll(async () => {
  callbackServer = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ body, contentType: String(req.headers['content-type']) });
      if (req.url === '/fail') {
        res.writeHead(500);
        res.end('no');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ Status: 'OK', echoed: body }));
    });
  });
  await new Promise<void>((resolve) => callbackServer.listen(0, '127.0.0.1', resolve));
  callbackUrl = `http://127.0.0.1:${(callbackServer.address() as AddressInfo).port}`;
  sandbox = await startSandboxProcess({ args: ['--allow-private-callback'] });
  creds = credentialsOf(sandbox);
});
afterAll(async () => {
  await sandbox?.stop();
  callbackServer?.close();
});

const encode = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64');

describe('upload callback', () => {
  it('posts the body with OSS variables substituted and returns the JSON answer with 200', async () => {
    const callback = encode({
      callbackUrl: `${callbackUrl}/ok`,
      callbackBody:
        '{"bucket":${bucket},"object":${object},"etag":${etag},"size":${size},"mimeType":${mimeType},"who":${x:user}}'.replace(
          /\$\{([^}]+)\}/g,
          '"${$1}"',
        ),
      callbackBodyType: 'application/json',
    });
    const answer = await postForm(
      `${sandbox.url}/`,
      v4Form(creds, {
        key: 'cb/a.txt',
        file: 'hello',
        contentType: 'text/plain',
        fields: { callback, 'x:user': 'ana' },
      }),
    );
    expect(answer.status).toBe(200);
    const json = JSON.parse(answer.text) as { Status: string; echoed: string };
    expect(json.Status).toBe('OK');
    expect(JSON.parse(json.echoed)).toEqual({
      bucket: sandbox.bucket,
      object: 'cb/a.txt',
      etag: '5D41402ABC4B2A76B9719D911017C592',
      size: '5',
      mimeType: 'text/plain',
      who: 'ana',
    });
    expect(received.at(-1)?.contentType).toBe('application/json');
  });

  it('answers 203 CallbackFailed when the callback server fails, and keeps the object', async () => {
    const callback = encode({
      callbackUrl: `${callbackUrl}/fail`,
      callbackBody: 'object=${object}&size=${size}',
    });
    const answer = await postForm(
      `${sandbox.url}/`,
      v4Form(creds, { key: 'cb/b.txt', fields: { callback } }),
    );
    expect([answer.status, answer.code]).toEqual([203, 'CallbackFailed']);
    expect(received.at(-1)?.body).toBe('object=cb%2Fb.txt&size=14');
    expect((await fetch(`${sandbox.url}/cb/b.txt`)).status).toBe(200);
  });
});
