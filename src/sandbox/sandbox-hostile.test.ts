// The sandbox, attacked over HTTP on loopback: callback URLs spelled to reach a private address,
// a callback answer that never ends, a stored Content-Type with CRLF, keys XML cannot hold, a
// request that trickles one byte a second, and more connections than it takes.
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForm, sendRaw } from './test-support/multipart.ts';
import { type Credentials, credentialsOf, v4Form } from './test-support/sdk-forms.ts';
import { startSandboxProcess, type SandboxProcess } from './test-support/start-sandbox.ts';

let strict: SandboxProcess; // private callbacks refused (OSS's rule)
let lenient: SandboxProcess; // --allow-private-callback, short deadlines, few connections
let listener: Server;
let port = 0;
const hits: string[] = [];
let bytesSent = 0;

beforeAll(async () => {
  listener = createServer((req, res) => {
    hits.push(req.url ?? '');
    req.resume();
    if (req.url?.startsWith('/huge')) {
      // 400 MB of JSON-ish text, as fast as the sandbox reads it.
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(1 << 20, 0x20);
      let left = 400;
      const pump = () => {
        while (left > 0) {
          left -= 1;
          bytesSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (left = 0));
      pump();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"Status":"OK"}');
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  port = (listener.address() as AddressInfo).port;
  [strict, lenient] = await Promise.all([
    startSandboxProcess(),
    startSandboxProcess({
      args: [
        '--allow-private-callback',
        '--idle-timeout',
        '2',
        '--request-timeout',
        '3',
        '--max-connections',
        '8',
      ],
    }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([strict?.stop(), lenient?.stop()]);
  listener?.close();
});

const encode = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64');
const creds = (s: SandboxProcess): Credentials => credentialsOf(s);

function postWithCallback(s: SandboxProcess, key: string, url: string) {
  const callback = encode({ callbackUrl: url, callbackBody: 'object=${object}' });
  return postForm(`${s.url}/`, v4Form(creds(s), { key, fields: { callback } }));
}

describe('callback addresses', () => {
  it.each([
    (p: number) => `http://[::ffff:127.0.0.1]:${p}/mapped`,
    (p: number) => `http:\\\\127.0.0.1:${p}\\backslashes`,
    (p: number) => `http:/127.0.0.1:${p}/one-slash`,
    (p: number) => `http://localhost.:${p}/trailing-dot`,
    (p: number) => `http://0x7f.1:${p}/hex`,
    (p: number) => `http://[::ffff:7f00:1]:${p}/mapped-hex`,
  ])('%s never reaches a loopback listener: OSS refuses the private address', async (url) => {
    const before = hits.length;
    const answer = await postWithCallback(strict, 'cb/private.txt', url(port));
    expect([answer.status, answer.code, answer.message]).toEqual([
      400,
      'InvalidArgument',
      'Private address is forbidden to callback.',
    ]);
    expect(hits.length).toBe(before);
  });

  it('calls the URL it judged: the backslash spelling reaches the same path when allowed', async () => {
    const answer = await postWithCallback(lenient, 'cb/ok.txt', `http:\\\\127.0.0.1:${port}\\ok`);
    expect(answer.status).toBe(200);
    expect(hits.at(-1)).toBe('/ok');
  });

  it('stops reading an answer at 3 MB: a 400 MB answer is "too large" long before it ends', async () => {
    bytesSent = 0;
    const answer = await postWithCallback(lenient, 'cb/huge.txt', `http://127.0.0.1:${port}/huge`);
    expect([answer.status, answer.code, answer.message]).toEqual([
      203,
      'CallbackFailed',
      'Response body is too large.',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bytesSent).toBeLessThan(64 << 20);
  });
});

describe('stored values and listings', () => {
  it('answers GET for an object stored with a CRLF in its Content-Type', async () => {
    const post = await postForm(
      `${lenient.url}/`,
      v4Form(creds(lenient), {
        key: 'crlf/type.txt',
        fields: { 'Content-Type': 'text/plain\r\nX-Injected: 1' },
      }),
    );
    expect(post.status).toBe(204);
    const read = await fetch(`${lenient.url}/crlf/type.txt`);
    expect(read.status).toBe(200);
    expect(read.headers.get('x-injected')).toBeNull();
    expect(read.headers.get('content-type')).toBe('text/plain  X-Injected: 1');
  });

  it('lists keys holding CR and NUL as well-formed XML, and exactly with encoding-type=url', async () => {
    for (const key of ['xml/a\rb.txt', 'xml/a\u0000b.txt']) {
      const post = await postForm(`${lenient.url}/`, v4Form(creds(lenient), { key }));
      expect(post.status).toBe(204);
    }
    const plain = await (await fetch(`${lenient.url}/?prefix=xml/`)).text();
    expect(plain.includes('\u0000') || plain.includes('\r')).toBe(false);
    expect(plain).toContain('<Key>xml/a&#13;b.txt</Key>');
    expect(plain).toContain('<Key>xml/a\ufffdb.txt</Key>');
    const encoded = await (await fetch(`${lenient.url}/?prefix=xml/&encoding-type=url`)).text();
    expect(encoded).toContain('<EncodingType>url</EncodingType>');
    expect(encoded).toContain(`<Key>${encodeURIComponent('xml/a\rb.txt')}</Key>`);
    expect(encoded).toContain(`<Key>${encodeURIComponent('xml/a\u0000b.txt')}</Key>`);
  });
});

describe('connections', () => {
  it('answers RequestTimeout to a body that trickles one byte a second, at the overall deadline', async () => {
    const started = Date.now();
    const socket = connect(lenient.port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(
      `POST /${lenient.bucket}/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n`,
    );
    const drip = setInterval(() => socket.writable && socket.write('x'), 1000);
    await closed;
    clearInterval(drip);
    expect(answer).toContain('<Code>RequestTimeout</Code>');
    expect(Date.now() - started).toBeLessThan(6000);
  }, 15_000);

  it('closes connections beyond --max-connections as they arrive', async () => {
    const sockets: Socket[] = [];
    const closedEarly: boolean[] = [];
    for (let i = 0; i < 12; i += 1) {
      const socket = connect(lenient.port, '127.0.0.1');
      sockets.push(socket);
      closedEarly.push(false);
      socket.on('close', () => (closedEarly[i] = true));
      socket.on('error', () => {});
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(closedEarly.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    for (const socket of sockets) socket.destroy();
    const after = await sendRaw(`${lenient.url}/`, 'GET', undefined);
    expect(after.status).toBe(200);
  });
});
