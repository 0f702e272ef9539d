// Upload callbacks against the real sandbox and a local callback server (allowed with
// --allow-private-callback): OSS's system variables filled in (as JSON strings for a JSON body),
// the request signed as OSS signs it and verified here with node:crypto against the public key the
// sandbox serves, the JSON answer returned with 200, and 203 CallbackFailed (object kept) when the
// server fails or cannot be reached.
// https://www.alibabacloud.com/help/en/oss/developer-reference/callback
import { createHash, createVerify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK_SYSTEM_VARIABLES } from '../oss/index.ts';
import { postForm } from './test-support/multipart.ts';
import { type Credentials, credentialsOf, v4Form } from './test-support/sdk-forms.ts';
import { startSandboxProcess, type SandboxProcess } from './test-support/start-sandbox.ts';

let sandbox: SandboxProcess;
let creds: Credentials;
let callbackServer: Server;
let callbackUrl = '';
interface Received {
  body: string;
  url: string;
  headers: IncomingHttpHeaders;
  verified: boolean;
}
const received: Received[] = [];

/** What a verifying callback server does (Alibaba's samples): fetch the key, check RSA-MD5. */
async function verifyCallback(url: string, headers: IncomingHttpHeaders, body: string) {
  const authorization = String(headers.authorization ?? '');
  const keyUrl = Buffer.from(String(headers['x-oss-pub-key-url'] ?? ''), 'base64').toString();
  // While testing, the verifier accepts the sandbox's key URL (OSS's own keys live on
  // gosspublic.alicdn.com).
  if (!authorization || !keyUrl.startsWith(sandbox.origin)) return false;
  const publicKey = await (await fetch(keyUrl)).text();
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  const query = queryAt < 0 ? '' : url.slice(queryAt);
  const stringToSign = `${decodeURIComponent(path)}${query}\n${body}`;
  return createVerify('RSA-MD5')
    .update(stringToSign)
    .verify(publicKey, Buffer.from(authorization, 'base64'));
}

beforeAll(async () => {
  callbackServer = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      void verifyCallback(req.url ?? '/', req.headers, body).then((verified) => {
        received.push({ body, url: req.url ?? '', headers: req.headers, verified });
        if (!verified) {
          res.writeHead(403);
          res.end('signature');
          return;
        }
        if (req.url?.startsWith('/fail')) {
          res.writeHead(500);
          res.end('no');
          return;
        }
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ Status: 'OK', echoed: body }));
      });
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

/** Posts `key` with a URL-encoded callback (object and size) to `url`. */
function postWithFormCallback(key: string, url: string) {
  const callback = encode({ callbackUrl: url, callbackBody: 'object=${object}&size=${size}' });
  return postForm(`${sandbox.url}/`, v4Form(creds, { key, fields: { callback } }));
}

describe('upload callback', () => {
  it('fills every system variable as a JSON string, signs the request, and returns the answer with 200', async () => {
    // As OSS documents a JSON callbackBody: variables unquoted, OSS writes them as JSON strings.
    const template = `{${[...CALLBACK_SYSTEM_VARIABLES, 'x:user']
      .map((name) => `"${name}":\${${name}}`)
      .join(',')}}`;
    const callback = encode({
      callbackUrl: `${callbackUrl}/ok/%E4%B8%AD.php?id=1&x=%20`,
      callbackBody: template,
      callbackBodyType: 'application/json',
    });
    const answer = await postForm(
      `${sandbox.url}/`,
      v4Form(creds, {
        key: 'cb/a "quoted".txt',
        file: 'hello',
        contentType: 'text/plain',
        fields: { callback, 'x:user': 'ana "the" \\ tester' },
      }),
    );
    expect(answer.status).toBe(200);
    const last = received.at(-1)!;
    expect(last.verified).toBe(true);
    expect(last.headers['content-type']).toBe('application/json');
    const json = JSON.parse(answer.text) as { Status: string; echoed: string };
    expect(json.Status).toBe('OK');
    const requestId = answer.headers.get('x-oss-request-id');
    expect(JSON.parse(json.echoed)).toEqual({
      bucket: sandbox.bucket,
      object: 'cb/a "quoted".txt',
      etag: '5D41402ABC4B2A76B9719D911017C592',
      size: '5',
      mimeType: 'text/plain',
      'imageInfo.height': '',
      'imageInfo.width': '',
      'imageInfo.format': '',
      crc64: answer.headers.get('x-oss-hash-crc64ecma'),
      contentMd5: createHash('md5').update('hello').digest('base64'),
      vpcId: '',
      clientIp: '127.0.0.1',
      reqId: requestId,
      operation: 'PostObject',
      'x:user': 'ana "the" \\ tester',
    });
  });

  it('serves the public key its signatures verify with, and names it in /__sandbox/info', async () => {
    const info = (await (await fetch(`${sandbox.origin}/__sandbox/info`)).json()) as {
      callbackPublicKeyUrl: string;
    };
    const pem = await (await fetch(info.callbackPublicKeyUrl)).text();
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/);
    const last = received.at(-1)!;
    const keyUrl = Buffer.from(String(last.headers['x-oss-pub-key-url']), 'base64').toString();
    expect(keyUrl).toBe(info.callbackPublicKeyUrl);
  });

  it('answers 203 CallbackFailed when the callback server fails, and keeps the object', async () => {
    const answer = await postWithFormCallback('cb/b.txt', `${callbackUrl}/fail`);
    expect([answer.status, answer.code, answer.message]).toEqual([
      203,
      'CallbackFailed',
      'Error status : 500.',
    ]);
    expect(received.at(-1)?.body).toBe('object=cb%2Fb.txt&size=14');
    expect(received.at(-1)?.verified).toBe(true);
    expect((await fetch(`${sandbox.url}/cb/b.txt`)).status).toBe(200);
  });

  it("answers OSS's full message when no callback URL can be reached", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const answer = await postWithFormCallback('cb/c.txt', `http://127.0.0.1:${port}/cb`);
    expect([answer.status, answer.code, answer.message]).toEqual([
      203,
      'CallbackFailed',
      'Error status : -1.OSS can not connect to your callbackUrl, please check it.',
    ]);
  });
});
