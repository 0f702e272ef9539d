import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePolicy, importPasted } from '../../oss/index.ts';
import { importedParts } from './import-outcome.tsx';
import { fetchSigningServerAnswer } from './signing-server.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

const TEXTS = textsNow(INTERCHANGE_TOOLS_TEXTS);

const POLICY = encodePolicy({
  expiration: '2030-01-01T00:00:00.000Z',
  conditions: [['starts-with', '$key', 'd/']],
});
const ANSWERS: Record<string, [number, string]> = {
  '/ok': [
    200,
    JSON.stringify({
      accessid: 'AK',
      host: 'http://h/b',
      policy: POLICY,
      signature: 's',
      dir: 'd/',
    }),
  ],
  '/broken': [500, 'boom'],
  '/html': [200, '<html>login</html>'],
};

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const [status, body] = ANSWERS[req.url ?? ''] ?? [404, ''];
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetching a signing server answer', () => {
  it('imports the answer it fetched', async () => {
    const attempt = await fetchSigningServerAnswer(` ${base}/ok `, TEXTS);
    expect(attempt.origin).toBe(`${base}/ok`);
    expect(attempt.result.ok && attempt.result.value.fields.map((f) => f.name)).toEqual([
      'key',
      'OSSAccessKeyId',
      'policy',
      'Signature',
    ]);
  });

  it.each([
    ['no http(s) URL', () => 'ftp://x/sign', 'signing-server.url'],
    ['an HTTP error', () => `${base}/broken`, 'signing-server.status'],
    ['nobody listening', () => 'http://127.0.0.1:9/sign', 'signing-server.unreachable'],
    ['an answer that is not JSON', () => `${base}/html`, 'signing-server.json'],
  ])('%s comes back as an issue, never a throw', async (_name, url, id) => {
    const attempt = await fetchSigningServerAnswer(url(), TEXTS);
    expect(attempt.result.ok).toBe(false);
    if (!attempt.result.ok) expect(attempt.result.issues[0].id).toBe(id);
  });
});

describe('the parts of an imported form, as sent', () => {
  it.each([
    ['file last', 'curl -F key=a -F policy=p -F file=@a.txt http://h/b', ['key', 'policy', 'file']],
    ['file first stays first', 'curl -F file=@a.txt -F key=a http://h/b', ['file', 'key']],
    ['no file part: appended', 'curl -F key=a -F policy=p http://h/b', ['key', 'policy', 'file']],
  ])('%s', (_name, text, names) => {
    const imported = importPasted(text);
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    expect(importedParts(imported.value).map((part) => part.name)).toEqual(names);
  });
});
