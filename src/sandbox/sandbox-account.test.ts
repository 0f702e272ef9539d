// The sandbox plays an account (issue 17): started with --account-created 2026-01-15 it answers as
// OSS answers an account opened then — the mainland bucket's default public endpoint is
// PublicEndpointForbidden (EC 0048-00000401), a bound custom domain (--cname) stores the object, and
// a V1 post is refused (403, EC 0002-00000080). Without the flag it plays an older account, for
// which both still work. Forms are signed by the official SDK (ali-oss), sent over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForm, sendRaw } from './test-support/multipart.ts';
import { type Credentials, credentialsOf, v1Form, v4Form } from './test-support/sdk-forms.ts';
import { startSandboxProcess, type SandboxProcess } from './test-support/start-sandbox.ts';

let newAccount: SandboxProcess;
let oldAccount: SandboxProcess;
let creds: Credentials;
let oldCreds: Credentials;

beforeAll(async () => {
  [newAccount, oldAccount] = await Promise.all([
    startSandboxProcess({
      timeoutMs: 40_000,
      args: [
        '--account-created',
        '2026-01-15',
        '--cname',
        'uploads.example.com',
        '--cname',
        'cdn.example.org',
      ],
    }),
    startSandboxProcess({ timeoutMs: 40_000 }),
  ]);
  creds = credentialsOf(newAccount);
  oldCreds = credentialsOf(oldAccount);
  // Two processes start at once: on a busy machine that takes longer than the default hook timeout.
}, 45_000);
afterAll(async () => {
  await Promise.all([newAccount?.stop(), oldAccount?.stop()]);
});

/** The sandbox's URL with another Host header (what a hosts-file entry or a CNAME sends here). */
const asHost = (sandbox: SandboxProcess, host: string) => ({
  url: `http://127.0.0.1:${sandbox.port}/`,
  headers: { Host: host },
});

describe('a 2026 account (--account-created 2026-01-15)', () => {
  it('says which account it plays at /__sandbox/info', async () => {
    const info = (await (await fetch(`${newAccount.origin}/__sandbox/info`)).json()) as {
      account: Record<string, unknown>;
    };
    expect(info.account).toEqual({
      created: '2026-01-15',
      v1Allowed: false,
      defaultEndpointForbidden: true,
      cnames: ['uploads.example.com', 'cdn.example.org'],
    });
  });

  it('answers PublicEndpointForbidden through the default public endpoint of its mainland bucket', async () => {
    const { url, headers } = asHost(newAccount, `${creds.bucket}.oss-${creds.region}.aliyuncs.com`);
    const answer = await postForm(url, v4Form(creds, { key: 'public.txt' }), headers);
    expect([answer.status, answer.code, answer.ec]).toEqual([
      400,
      'PublicEndpointForbidden',
      '0048-00000401',
    ]);
    expect(answer.headers.get('x-oss-ec')).toBe('0048-00000401');
    // OSS publishes no Message text for it: the sandbox says so instead of inventing one.
    expect(answer.message).toMatch(/OSS publishes no Message text for EC 0048-00000401/);
    const stored = await sendRaw(`${newAccount.url}/public.txt`, 'GET', undefined);
    expect(stored.status).toBe(404);
  });

  it.each(['uploads.example.com', 'CDN.example.org:443'])(
    'stores the object posted through the bound custom domain %s',
    async (host) => {
      const { url, headers } = asHost(newAccount, host);
      const key = `cname/${host.toLowerCase().replace(/[^a-z]/g, '')}.txt`;
      const answer = await postForm(url, v4Form(creds, { key }), headers);
      expect(answer.status).toBe(204);
      const stored = await sendRaw(`${newAccount.url}/${key}`, 'GET', undefined);
      expect(stored.text).toBe('hello sandbox\n');
    },
  );

  it('refuses a V1 post (403, EC 0002-00000080) and stores nothing', async () => {
    const answer = await postForm(`${newAccount.url}/`, v1Form(creds, { key: 'v1/closed.txt' }));
    expect([answer.status, answer.code, answer.ec]).toEqual([403, 'AccessDenied', '0002-00000080']);
    const stored = await sendRaw(`${newAccount.url}/v1/closed.txt`, 'GET', undefined);
    expect(stored.status).toBe(404);
  });

  it("names the field and echoes the credential on 0002-00000715, as OSS's example body does", async () => {
    const form = v4Form({ ...creds, region: 'cn-beijing' });
    const credential = form.find((part) => part.name === 'x-oss-credential');
    const answer = await postForm(`${newAccount.url}/`, form);
    expect(answer.ec).toBe('0002-00000715');
    expect(answer.text).toContain('<ArgumentName>x-oss-credential</ArgumentName>');
    expect(answer.text).toContain(
      `<ArgumentValue>${credential && 'value' in credential ? credential.value : '?'}</ArgumentValue>`,
    );
  });
});

describe('the default: an older account', () => {
  it('says so at /__sandbox/info', async () => {
    const info = (await (await fetch(`${oldAccount.origin}/__sandbox/info`)).json()) as {
      account: Record<string, unknown>;
    };
    expect(info.account).toMatchObject({ v1Allowed: true, defaultEndpointForbidden: false });
  });

  it('accepts V1 and the default public endpoint', async () => {
    const { url, headers } = asHost(
      oldAccount,
      `${oldCreds.bucket}.oss-${oldCreds.region}.aliyuncs.com`,
    );
    expect((await postForm(url, v4Form(oldCreds, { key: 'public.txt' }), headers)).status).toBe(
      204,
    );
    expect((await postForm(`${oldAccount.url}/`, v1Form(oldCreds))).status).toBe(204);
  });
});

describe('the flags', () => {
  it('refuses a day that is not YYYY-MM-DD, naming the flag', async () => {
    await expect(
      startSandboxProcess({ args: ['--account-created', '2026-02-30'] }),
    ).rejects.toThrow(/Bad --account-created \(or OSS_SANDBOX_ACCOUNT_CREATED\)/);
  });
});
