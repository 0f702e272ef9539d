// Runs a signing server snippet as its user would (`node server.mjs`, `python3 server.py`,
// `go run server.go`, `java Server.java`) on a free port, and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServerProcess {
  origin: string;
  port: number;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/** A port nobody listens on right now (for a server whose source must name its own URL). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const LISTENING = /listening on port (\d+)/;

/**
 * Writes `source` as `file` in a fresh folder and runs `command` there with `env` added to the
 * environment; resolves once the server printed its `listening on port N` line.
 */
export async function startServerProcess(options: {
  file: string;
  source: string;
  command: (file: string) => [string, string[]];
  env: Record<string, string>;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'oss-signing-server-'));
  const path = join(dir, options.file);
  writeFileSync(path, options.source);
  const [command, args] = options.command(path);
  const child: ChildProcess = spawn(command, args, {
    cwd: dir,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${command} did not start in time:\n${output}`)),
      options.timeoutMs ?? 120_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = LISTENING.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code}:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { origin: `http://127.0.0.1:${port}`, port, output: () => output, stop };
}
