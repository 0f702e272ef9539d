import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI_PATH } from '../../../src/sandbox/test-support/start-sandbox.ts';

/**
 * Runs the sandbox CLI with exactly `args` (the test-support helper always adds --host), and
 * resolves with its ready line once it listens.
 */
export async function spawnCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ readyLine: string; port: number; stop: () => Promise<void> }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hardening-cli-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', CLI_PATH, '--port', '0', '--data-dir', dataDir, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '', ...env } },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  let output = '';
  const readyLine = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line: ${output}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((text) => text.includes('ready'));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  const port = Number(/:(\d+)\//.exec(readyLine)?.[1] ?? /:(\d+)/.exec(readyLine)?.[1]);
  return { readyLine, port, stop };
}
