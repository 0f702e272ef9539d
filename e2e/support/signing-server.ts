// A tiny signing server like the ones users test with the page: it answers GET with a freshly
// signed form in Alibaba's app-server JSON shape, computed with node:crypto from the sandbox's demo
// credentials (independently of the page's Web Crypto signer), and allows any origin in CORS.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxFacts } from './sandbox.ts';

export interface SigningServer {
  url: string;
  /** The `dir` every answer names; the key becomes `dir${filename}`. */
  dir: string;
  /** How many answers it gave. */
  answered: () => number;
  stop: () => Promise<void>;
}

function signV1(policy: string, secret: string): string {
  return createHmac('sha1', secret).update(policy).digest('base64');
}

function signV4(policy: string, secret: string, day: string, region: string): string {
  let key = createHmac('sha256', `aliyun_v4${secret}`).update(day).digest();
  for (const part of [region, 'oss', 'aliyun_v4_request']) {
    key = createHmac('sha256', key).update(part).digest();
  }
  return createHmac('sha256', key).update(policy).digest('hex');
}

/** Alibaba's app-server answer: V1 (`accessid`, `signature`) or V4 (`x_oss_*` members). */
export function answerFor(facts: SandboxFacts, version: 'v1' | 'v4', dir: string) {
  const now = new Date();
  const expiration = new Date(now.getTime() + 10 * 60_000).toISOString();
  const conditions: unknown[] = [
    { bucket: facts.bucket },
    ['starts-with', '$key', dir],
    ['content-length-range', 1, 1048576],
  ];
  if (version === 'v1') {
    const policy = Buffer.from(JSON.stringify({ expiration, conditions })).toString('base64');
    return {
      accessid: facts.accessKeyId,
      host: facts.endpoint,
      policy,
      signature: signV1(policy, facts.accessKeySecret),
      expire: Math.floor(now.getTime() / 1000) + 600,
      dir,
    };
  }
  const date = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const credential = `${facts.accessKeyId}/${date.slice(0, 8)}/${facts.region}/oss/aliyun_v4_request`;
  conditions.push(
    { 'x-oss-signature-version': 'OSS4-HMAC-SHA256' },
    { 'x-oss-credential': credential },
    { 'x-oss-date': date },
  );
  const policy = Buffer.from(JSON.stringify({ expiration, conditions })).toString('base64');
  return {
    host: facts.endpoint,
    policy,
    x_oss_signature_version: 'OSS4-HMAC-SHA256',
    x_oss_credential: credential,
    x_oss_date: date,
    signature: signV4(policy, facts.accessKeySecret, date.slice(0, 8), facts.region),
    dir,
    expire: Math.floor(now.getTime() / 1000) + 600,
  };
}

/** Starts the server on a free loopback port. */
export async function startSigningServer(
  facts: SandboxFacts,
  version: 'v1' | 'v4',
  dir: string,
): Promise<SigningServer> {
  let count = 0;
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    count += 1;
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(answerFor(facts, version, dir)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sign`,
    dir,
    answered: () => count,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
