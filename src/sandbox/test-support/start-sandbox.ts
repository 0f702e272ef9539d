// Starts the real sandbox process (`tsx src/sandbox/cli.ts`) on a free port for tests and benchmarks,
// waits for its ready line, and stops it (and removes its data dir) afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI_PATH = fileURLToPath(new URL('../cli.ts', import.meta.url));
/** `--import tsx` resolves from the project root, whatever the caller's working directory. */
const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const READY =
  /^OSS sandbox ready url=(\S+) virtual-hosted=(\S+) bucket=(\S+) region=(\S+) accessKeyId=(\S+)/m;

export interface SandboxProcess {
  /** Path-style bucket URL, e.g. http://127.0.0.1:PORT/examplebucket */
  url: string;
  virtualHostedUrl: string;
  origin: string;
  port: number;
  bucket: string;
  region: string;
  accessKeyId: string;
  accessKeySecret: string;
  dataDir: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** Extra flags, e.g. ['--acl', 'public-read-write']. */
  args?: string[];
  accessKeySecret?: string;
  dataDir?: string;
  timeoutMs?: number;
  /** What runs it, e.g. an installed `node_modules/.bin/oss-sandbox`; default tsx on cli.ts. */
  command?: readonly [string, ...string[]];
  /** Its working directory; default the project root. */
  cwd?: string;
}

/** Spawns `tsx src/sandbox/cli.ts --port 0` (or `command`), resolves once it printed its ready line. */
export function startSandboxProcess(options: StartOptions = {}): Promise<SandboxProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'oss-sandbox-'));
  const secret = options.accessKeySecret ?? 'test-secret-0123456789';
  const [file, ...prefix] = options.command ?? [process.execPath, '--import', 'tsx', CLI_PATH];
  const child = spawn(
    file,
    [
      ...prefix,
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--data-dir',
      dataDir,
      '--access-key-secret',
      secret,
      ...(options.args ?? []),
    ],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { ...process.env, NODE_OPTIONS: '', OSS_SANDBOX_WATCH_PARENT: '1' },
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The sandbox printed no ready line within the timeout:\n${output}`));
    }, options.timeoutMs ?? 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = READY.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      const url = new URL(match[1]);
      resolve({
        url: match[1],
        virtualHostedUrl: match[2],
        origin: url.origin,
        port: Number(url.port),
        bucket: match[3],
        region: match[4],
        accessKeyId: match[5],
        accessKeySecret: secret,
        dataDir,
        child,
        stop: () => stopChild(child, options.dataDir ? undefined : dataDir),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The sandbox exited (${code}) before it was ready:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess, removeDir: string | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      if (removeDir) rmSync(removeDir, { recursive: true, force: true });
      resolve();
    };
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}
