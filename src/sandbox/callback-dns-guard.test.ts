// The callback's DNS guard: a callback URL naming a host (not an address) is resolved once, and
// an answer that is loopback, private, link-local, Alibaba Cloud's metadata address or an
// IPv4-mapped form of one is refused before any connection; the socket connects to the address
// that was judged. The host names below resolve only through the lookup handed in, and a real
// local listener counts the connections that reach it.
// https://www.alibabacloud.com/help/en/oss/developer-reference/callback
import type { LookupAddress, LookupOptions, lookup as dnsLookup } from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK_FAILED_MESSAGES } from '../oss/index.ts';
import {
  createCallbackSigner,
  guardedLookup,
  runCallback,
  type CallbackFacts,
} from './callback.ts';

let listener: Server;
let port = 0;
let connections = 0;

beforeAll(async () => {
  listener = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end('{"Status":"OK"}');
  });
  listener.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  port = (listener.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())));

/** A resolver that answers every name with `addresses` (as node:dns does, one or all). */
function answering(addresses: string[]): { resolve: typeof dnsLookup; asked: string[] } {
  const asked: string[] = [];
  const resolve = ((
    hostname: string,
    options: LookupOptions,
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    asked.push(hostname);
    const all = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    if (options.all) callback(null, all);
    else callback(null, all[0].address, all[0].family);
  }) as unknown as typeof dnsLookup;
  return { resolve, asked };
}

const signer = createCallbackSigner();
const facts = { bucket: 'b', object: 'k' } as unknown as CallbackFacts;
const callbackTo = (url: string) => ({
  urls: [url],
  body: 'bucket=${bucket}',
  bodyType: 'application/x-www-form-urlencoded',
  vars: {},
});

describe('the callback DNS guard', () => {
  it.each([
    ['loopback', ['127.0.0.1']],
    ['a private network', ['10.0.0.1']],
    ['the link-local metadata address', ['169.254.169.254']],
    ["Alibaba Cloud's metadata address", ['100.100.100.200']],
    ['IPv4-mapped loopback', ['::ffff:127.0.0.1']],
    ['IPv6 loopback', ['::1']],
    ['a public address listed before a private one', ['203.0.113.7', '127.0.0.1']],
  ])('refuses a host name resolving to %s, without connecting', async (_case, addresses) => {
    const { resolve, asked } = answering(addresses);
    const before = connections;
    const outcome = await runCallback(
      callbackTo(`http://callback.example.test:${port}/cb`),
      facts,
      { signer, keyUrl: 'http://127.0.0.1/key.pem', resolve },
    );
    expect(asked).toEqual(['callback.example.test']);
    expect(outcome).toEqual({ ok: false, message: CALLBACK_FAILED_MESSAGES.cannotConnect });
    expect(connections).toBe(before);
  });

  it('connects to the address it judged when private addresses are allowed', async () => {
    const { resolve, asked } = answering(['127.0.0.1']);
    const before = connections;
    const outcome = await runCallback(
      callbackTo(`http://callback.example.test:${port}/cb`),
      facts,
      { signer, keyUrl: 'http://127.0.0.1/key.pem', resolve, allowPrivate: true },
    );
    expect(asked).toEqual(['callback.example.test']);
    expect(outcome).toEqual({ ok: true, body: '{"Status":"OK"}', contentType: 'application/json' });
    expect(connections).toBe(before + 1);
  });

  it.each([
    ['one address', { all: false }, ['203.0.113.7'], '203.0.113.7'],
    ['all addresses', { all: true }, ['203.0.113.7', '2001:db8::1'], undefined],
  ])('hands a public answer (%s) to the socket unchanged', (_case, options, addresses, one) => {
    const { resolve } = answering(addresses);
    const lookup = guardedLookup(false, resolve);
    let result: { error: unknown; address: unknown } | undefined;
    lookup('callback.example.test', options, (error, address) => {
      result = { error, address };
    });
    expect(result?.error).toBeNull();
    expect(result?.address).toEqual(
      one ?? addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  });

  it('refuses a private answer with EPRIVATEADDRESS', () => {
    const { resolve } = answering(['100.100.100.200']);
    let code: unknown;
    guardedLookup(false, resolve)('metadata.example.test', { all: true }, (error) => {
      code = (error as NodeJS.ErrnoException | null)?.code;
    });
    expect(code).toBe('EPRIVATEADDRESS');
  });
});
