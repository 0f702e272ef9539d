// What the snippet proofs share: a real sandbox (with STS credentials and a local callback
// server), signed sample forms, running a snippet's toolchain, posting fields + file, reading back.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import type { PostForm } from '../../src/oss/index.ts';
import {
  buildSample,
  plainSpec,
  richSpec,
  v1Spec,
  type SampleTarget,
} from '../../src/oss/fixtures/sample-forms.ts';
import {
  startSandboxProcess,
  type SandboxProcess,
} from '../../src/sandbox/test-support/start-sandbox.ts';

export const run = promisify(execFile);

export interface StsCredentials {
  AccessKeyId: string;
  AccessKeySecret: string;
  SecurityToken: string;
}

export interface Harness {
  sandbox: SandboxProcess;
  sts: StsCredentials;
  callbackUrl: string;
  /** Bodies the callback server received, in order. */
  callbacks: string[];
  stop: () => Promise<void>;
}

/** Starts the sandbox (private callbacks allowed), a callback server, and gets STS credentials. */
export async function startHarness(): Promise<Harness> {
  const callbacks: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      callbacks.push(body);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"Status":"OK"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const sandbox = await startSandboxProcess({ args: ['--allow-private-callback'] });
  const answer = await fetch(`${sandbox.origin}/__sandbox/sts`, { method: 'POST' });
  const sts = (await answer.json()) as StsCredentials;
  return {
    sandbox,
    sts,
    callbackUrl: `http://127.0.0.1:${port}/callback`,
    callbacks,
    stop: async () => {
      await sandbox.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The three sample forms, signed for this sandbox: rich (STS, callback), plain V4, V1. */
export interface SampleCase {
  name: string;
  /** The key the object gets when the file is named `fileName`. */
  storedKey: (fileName: string) => string;
  build: (h: Harness) => Promise<PostForm>;
  sts: boolean;
  callback: boolean;
}

function target(h: Harness, sts: boolean): SampleTarget {
  return {
    endpoint: h.sandbox.url,
    bucket: h.sandbox.bucket,
    region: h.sandbox.region,
    accessKeyId: sts ? h.sts.AccessKeyId : h.sandbox.accessKeyId,
    accessKeySecret: sts ? h.sts.AccessKeySecret : h.sandbox.accessKeySecret,
    ...(sts ? { securityToken: h.sts.SecurityToken } : {}),
  };
}

/** Each case signs its own key so runs never overwrite each other's objects. */
export function sampleCases(prefix: string): SampleCase[] {
  return [
    {
      name: 'rich V4: non-ASCII prefix, metadata, callback, STS',
      storedKey: (fileName) => `用户/报告 ${fileName}`,
      build: (h) => buildSample(richSpec(target(h, true), h.callbackUrl)),
      sts: true,
      callback: true,
    },
    {
      name: 'plain V4',
      storedKey: () => `${prefix}/plain-v4.txt`,
      build: (h) => buildSample(plainSpec(target(h, false), `${prefix}/plain-v4.txt`)),
      sts: false,
      callback: false,
    },
    {
      name: 'legacy V1',
      storedKey: () => `${prefix}/legacy-v1.txt`,
      build: (h) => buildSample(v1Spec(target(h, false), `${prefix}/legacy-v1.txt`)),
      sts: false,
      callback: false,
    },
  ];
}

/** Bytes that catch truncation, encoding and CRLF mangling. */
export function sampleBytes(label: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${label}: 你好, OSS!\r\nline 2\n\u0000end ${Date.now()}\n`);
}

/** Posts text fields in order, then the file last; answers status and body. */
export async function postFields(
  url: string,
  fields: Record<string, string>,
  file: { name: string; bytes: Uint8Array<ArrayBuffer>; type?: string },
): Promise<{ status: number; body: string }> {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  data.append('file', new Blob([file.bytes], { type: file.type ?? 'text/plain' }), file.name);
  const response = await fetch(url, { method: 'POST', body: data });
  return { status: response.status, body: await response.text() };
}

/** The stored object's bytes, or null when it is absent. */
export async function readObject(sandbox: SandboxProcess, key: string): Promise<Uint8Array | null> {
  const path = key.split('/').map(encodeURIComponent).join('/');
  const response = await fetch(`${sandbox.url}/${path}`);
  if (response.status !== 200) return null;
  return new Uint8Array(await response.arrayBuffer());
}

/** Whether a command runs here (toolchains are optional on developer machines). */
export async function hasCommand(command: string, args: string[]): Promise<boolean> {
  try {
    await run(command, args);
    return true;
  } catch {
    return false;
  }
}
