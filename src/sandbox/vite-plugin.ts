// Starts the OSS sandbox beside `vite` (dev) and `vite preview` as a child process, serves its
// /__sandbox/* endpoints on the app's origin (so the page finds it at /__sandbox/info), and stops it
// with the server. Off under Vitest and when OSS_SANDBOX_DISABLE=1.
import { spawn, type ChildProcess } from 'node:child_process';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Logger, Plugin } from 'vite';

const CLI_PATH = fileURLToPath(new URL('./cli.ts', import.meta.url));
/** The project root: `--import tsx` and the default `.sandbox-data` resolve from here. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY = /OSS sandbox ready url=(\S+)/;
const DEFAULT_PORT = 9100;

export interface SandboxPluginOptions {
  /** Sandbox port; default E2E_SANDBOX_PORT, OSS_SANDBOX_PORT or 9100 (a free one when taken). */
  port?: number;
  /** More CLI flags, e.g. ['--acl', 'public-read-write']. */
  args?: string[];
}

interface Sandbox {
  ready: Promise<URL | undefined>;
  stop: () => void;
}

function spawnSandbox(
  port: number,
  args: string[],
  logger: Logger,
): { child: ChildProcess; ready: Promise<URL | undefined> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI_PATH, '--port', String(port), ...args],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      cwd: PROJECT_ROOT,
      env: { ...process.env, OSS_SANDBOX_WATCH_PARENT: '1' },
    },
  );
  const ready = new Promise<URL | undefined>((resolve) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = READY.exec(output);
      if (match) {
        logger.info(`  ➜  ${output.trim().split('\n').pop() ?? ''}`);
        output = '';
        resolve(new URL(match[1]));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', () => {
      if (output.trim()) logger.warn(`[oss-sandbox] ${output.trim()}`);
      resolve(undefined);
    });
  });
  return { child, ready };
}

function startBeside(options: SandboxPluginOptions, logger: Logger): Sandbox {
  const port =
    options.port ??
    Number(process.env.E2E_SANDBOX_PORT ?? process.env.OSS_SANDBOX_PORT ?? DEFAULT_PORT);
  const args = options.args ?? [];
  let current = spawnSandbox(port, args, logger);
  const ready = current.ready.then((url) => {
    if (url || port === 0) return url;
    logger.warn(`[oss-sandbox] port ${port} is taken; starting the sandbox on a free port instead`);
    current = spawnSandbox(0, args, logger);
    return current.ready;
  });
  const stop = () => {
    if (current.child.exitCode === null) current.child.kill('SIGTERM');
  };
  process.once('exit', stop);
  return { ready, stop };
}

function proxyTo(sandbox: Sandbox) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!req.url?.startsWith('/__sandbox/')) return next();
    void sandbox.ready.then((origin) => {
      if (!origin) {
        res.writeHead(503, { 'Content-Type': 'text/plain' });
        res.end('The OSS sandbox did not start; see the terminal.');
        return;
      }
      const upstream = request(
        {
          host: origin.hostname,
          port: origin.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: origin.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        res.writeHead(502, { 'Content-Type': 'text/plain' });
        res.end('The OSS sandbox did not answer.');
      });
      req.pipe(upstream);
    });
  };
}

/** The Vite plugin: `plugins: [react(), ossSandbox()]`. */
export function ossSandbox(options: SandboxPluginOptions = {}): Plugin {
  const enabled = () => !process.env.VITEST && process.env.OSS_SANDBOX_DISABLE !== '1';
  return {
    name: 'oss-sandbox',
    configureServer(server) {
      if (!enabled()) return;
      const sandbox = startBeside(options, server.config.logger);
      server.httpServer?.once('close', sandbox.stop);
      server.middlewares.use(proxyTo(sandbox));
    },
    configurePreviewServer(server) {
      if (!enabled()) return;
      const sandbox = startBeside(options, server.config.logger);
      server.httpServer.once('close', sandbox.stop);
      server.middlewares.use(proxyTo(sandbox));
    },
  };
}
