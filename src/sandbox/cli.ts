// `npm run sandbox`: starts the OSS sandbox and prints one ready line (tests parse it).
import { readConfig } from './config.ts';
import { sandboxEndpoints } from './routes/sandbox-api.ts';
import { startSandbox } from './server.ts';

/** The one line printed when the sandbox listens. */
export const READY_PREFIX = 'OSS sandbox ready';

async function main(): Promise<void> {
  const read = readConfig(process.argv.slice(2), process.env);
  if (!read.ok) {
    process.stderr.write(`${read.message}\n`);
    process.exit(2);
  }
  let running;
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
  const stop = () => {
    void running.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
