#!/usr/bin/env node
// `npm run sandbox`, and the packed package's bin `oss-sandbox` (compiled to dist-sandbox/ by
// `npm run build:sandbox`): starts the OSS sandbox and prints one ready line (tests parse it).
import { readConfig } from './config.ts';
import { renderHelp } from './help.ts';
import { readStdin, runProbeCli } from './probe/probe-cli.ts';
import { sandboxEndpoints } from './routes/sandbox-api.ts';
import { startSandbox, type RunningSandbox } from './server.ts';

/** The one line printed when the sandbox listens. */
const READY_PREFIX = 'OSS sandbox ready';

let running: RunningSandbox | undefined;

function stop(): void {
  setTimeout(() => process.exit(0), 2000).unref();
  if (!running) process.exit(0);
  void running.close().then(() => process.exit(0));
}

async function main(): Promise<void> {
  // `oss-sandbox probe …`: the policy probe (src/sandbox/probe), exit status 0, 1 or 2.
  if (process.argv[2] === 'probe') {
    const io = {
      env: process.env,
      stdin: readStdin,
      out: (t: string) => process.stdout.write(t),
      err: (t: string) => process.stderr.write(t),
    };
    process.exitCode = await runProbeCli(process.argv.slice(3), io);
    return;
  }
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(renderHelp());
    return;
  }
  // Handlers first: a SIGTERM right after the ready line must still stop cleanly.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // One bad request must not take the endpoint down for everyone else: log and keep serving.
  process.on('uncaughtException', (error) => {
    process.stderr.write(`[oss-sandbox] unexpected error: ${error.stack ?? String(error)}\n`);
  });
  // Started by the Vite plugin or a test: stop when the parent goes away, even if it was killed
  // (its end of our stdin pipe closes), so no orphan keeps the port.
  if (process.env.OSS_SANDBOX_WATCH_PARENT === '1') {
    process.stdin.on('end', stop);
    process.stdin.on('close', stop);
    process.stdin.resume();
  }
  const read = readConfig(process.argv.slice(2), process.env);
  if (!read.ok) {
    process.stderr.write(`${read.message}\n`);
    process.exit(2);
  }
  try {
    running = await startSandbox(read.config);
  } catch (error) {
    process.stderr.write(
      `Could not start the sandbox on ${read.config.host}:${read.config.port}: ${String(error)}\n`,
    );
    process.exit(1);
  }
  const endpoints = sandboxEndpoints(running.context);
  const { bucket, region, accessKeyId, dataDir } = read.config;
  process.stdout.write(
    `${READY_PREFIX} url=${endpoints.pathStyle} virtual-hosted=${endpoints.virtualHosted} bucket=${bucket} region=${region} accessKeyId=${accessKeyId} dataDir=${dataDir}\n`,
  );
}

void main();
