// The sandbox refuses oversized headers and idle connections as OSS does (RequestTimeout), and
// listens on loopback unless told otherwise.
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOssError } from '../../src/oss/index.ts';
import { listeningAddresses } from './support/listening.ts';
import { requestHead, sendRaw } from './support/raw-http.ts';
import { startHardeningSandbox, type SandboxProcess } from './support/sandbox.ts';
import { spawnCli } from './support/spawn-cli.ts';

/** --idle-timeout of the hardening sandbox (seconds). */
const IDLE_S = 2;

describe('oversized headers and idle connections', () => {
  let sandbox: SandboxProcess;
  let host = '';
  beforeAll(async () => {
    sandbox = await startHardeningSandbox();
    host = new URL(sandbox.url).host;
  });
  afterAll(() => sandbox?.stop());

  it.each([
    ['one 20 KB header', `X-Big: ${'a'.repeat(20 * 1024)}`],
    ['3,000 small headers', Array.from({ length: 3000 }, (_, i) => `X-H${i}: v`).join('\r\n')],
    ['a 64 KB cookie', `Cookie: c=${'c'.repeat(64 * 1024)}`],
  ])('answers %s with a 4xx OSS XML error, at once', async (_name, headers) => {
    const response = await sendRaw(sandbox.port, {
      head: `GET /examplebucket/x HTTP/1.1\r\nHost: ${host}\r\n${headers}\r\n\r\n`,
    });
    expect(response.error).toBeUndefined();
    expect(response.status).toBe(400);
    expect(parseOssError(response.body)?.code).toBe('InvalidArgument');
    expect(response.ms).toBeLessThan(1000);
  });

  it('answers a body that stops arriving with RequestTimeout after the idle timeout', async () => {
    const response = await sendRaw(
      sandbox.port,
      {
        head: requestHead('/examplebucket', host, {
          'Content-Type': 'multipart/form-data; boundary=x',
          'Content-Length': 1000,
        }),
        body: Buffer.from('--x\r\nContent-Disposition: form-data; name="key"\r\n\r\nk'),
      },
      (IDLE_S + 5) * 1000,
    );
    expect(response.status).toBe(400);
    expect(parseOssError(response.body)?.code).toBe('RequestTimeout');
    expect(response.ms).toBeGreaterThan(IDLE_S * 1000 - 200);
    expect(response.ms).toBeLessThan((IDLE_S + 2) * 1000);
  });

  it('closes a connection that sends nothing after the idle timeout', async () => {
    const response = await sendRaw(sandbox.port, { head: '' }, (IDLE_S + 5) * 1000);
    expect(response.error).not.toMatch(/no answer within/);
    expect(response.ms).toBeLessThan((IDLE_S + 2) * 1000);
    if (response.status !== 0) expect(parseOssError(response.body)?.code).toBe('RequestTimeout');
  });

  it('answers a connection that stops inside its headers with RequestTimeout', async () => {
    const head = `POST /examplebucket HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty`;
    const response = await sendRaw(sandbox.port, { head }, (IDLE_S + 5) * 1000);
    expect(response.status).toBe(400);
    expect(parseOssError(response.body)?.code).toBe('RequestTimeout');
    expect(response.ms).toBeLessThan((IDLE_S + 2) * 1000);
  });

  it('still serves after all of the above', async () => {
    const response = await fetch(`${sandbox.origin}/__sandbox/info`);
    expect(response.status).toBe(200);
    expect(sandbox.child.exitCode).toBeNull();
  });
});

describe('listening address', () => {
  it('binds 127.0.0.1 only when no host is given', async () => {
    const cli = await spawnCli([]);
    try {
      expect(cli.readyLine).toContain('http://127.0.0.1:');
      expect(await listeningAddresses(cli.port)).toEqual(['127.0.0.1']);
      const outside = Object.values(networkInterfaces())
        .flat()
        .find((address) => address && address.family === 'IPv4' && !address.internal);
      if (outside) {
        const refused = await new Promise<string>((resolve) => {
          const socket = connect({ host: outside.address, port: cli.port });
          socket.on('connect', () => {
            socket.destroy();
            resolve('connected');
          });
          socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
        });
        expect(refused).toBe('ECONNREFUSED');
      }
    } finally {
      await cli.stop();
    }
  });

  it.each([
    ['the --host flag', ['--host', '127.0.0.2'], {}],
    ['OSS_SANDBOX_HOST', [], { OSS_SANDBOX_HOST: '127.0.0.2' }],
  ])('binds where %s says (another loopback address here)', async (_name, args, env) => {
    const cli = await spawnCli(args, env);
    try {
      expect(await listeningAddresses(cli.port)).toEqual(['127.0.0.2']);
    } finally {
      await cli.stop();
    }
  });
});
