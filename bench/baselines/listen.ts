import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

/** Listens on 127.0.0.1 and a free port, then prints one ready line naming the URL. */
export async function listenLoopback(server: Server, name: string): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  process.stdout.write(`${name} ready at ${url}\n`);
  return url;
}

/** Runs `main` with `--name value` flags when `moduleUrl` is the script node was started with. */
export function runAsCli(
  moduleUrl: string,
  main: (args: Map<string, string>) => Promise<void>,
): void {
  const script = process.argv[1];
  if (!script || pathToFileURL(script).href !== moduleUrl) return;
  const args = new Map<string, string>();
  const argv = process.argv.slice(2);
  for (let i = 0; i + 1 < argv.length; i += 2) args.set(argv[i].replace(/^--/, ''), argv[i + 1]);
  main(args).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
