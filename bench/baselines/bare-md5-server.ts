// The least a faithful PostObject endpoint must do with an upload: receive it, hash it (MD5, the
// ETag) and write it to disk. The sandbox's large-post throughput is measured against this floor.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { listenLoopback, runAsCli } from './listen.ts';

/** Starts the baseline: every POST body goes to a file in `dir` (then deleted), MD5 as the ETag. */
export function createBareMd5Server(dir: string): Server {
  return createServer((request, response) => {
    const file = path.join(dir, `${randomUUID()}.part`);
    const hash = createHash('md5');
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    pipeline(request, hashing, createWriteStream(file)).then(
      async () => {
        await rm(file, { force: true });
        response.writeHead(204, { ETag: `"${hash.digest('hex').toUpperCase()}"` }).end();
      },
      async () => {
        await rm(file, { force: true });
        response.destroy();
      },
    );
  });
}

runAsCli(import.meta.url, async (args) => {
  const dir = args.get('dir');
  if (!dir) throw new Error('bare-md5-server needs --dir DIR (where bodies are written)');
  await listenLoopback(createBareMd5Server(dir), 'bare-md5-server');
});
