// Serves a built page the way `vite preview` does (gzip for text), from any directory, and passes
// /__sandbox/* on to a running sandbox: the first-signature bench serves its three pages (this
// build, the floor, an older build) from one kind of server against one sandbox.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface BenchServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` at / on 127.0.0.1 and a free port; /__sandbox/* goes to `sandboxOrigin`. */
export async function serveBesideSandbox(
  root: string,
  sandboxOrigin: string,
): Promise<BenchServer> {
  const zipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (pathname.startsWith('/__sandbox/')) {
      fetch(new URL(pathname, sandboxOrigin)).then(
        async (answer) => {
          const body = Buffer.from(await answer.arrayBuffer());
          res.writeHead(answer.status, {
            'Content-Type': answer.headers.get('content-type') ?? 'application/octet-stream',
            'Cache-Control': 'no-store',
            'Content-Length': body.length,
          });
          res.end(body);
        },
        () => res.writeHead(502).end(),
      );
      return;
    }
    const file = path.join(root, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(path.resolve(root) + path.sep)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (bytes) => {
        const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
        let body = zipped.get(file);
        if (body === undefined) zipped.set(file, (body = gzipSync(bytes)));
        const gzip = type !== 'application/octet-stream';
        res.writeHead(200, {
          'Content-Type': type,
          'Content-Length': gzip ? body.length : bytes.length,
          ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
          'Cache-Control': 'no-cache',
        });
        res.end(gzip ? body : bytes);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
