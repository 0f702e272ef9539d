// A plain static file server, like any static host: it serves dist/ under a sub-path and nothing
// else (no /__sandbox/*), with the Content-Security-Policy header docs/deploy.md tells hosts to send.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CSP_HEADER_POLICY } from '../../vite-plugins/csp.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** Where the page is, with its trailing slash, e.g. http://127.0.0.1:PORT/tools/oss/ */
  url: string;
  stop: () => Promise<void>;
}

/** Serves `root` at `prefix` (e.g. '/tools/oss/') on 127.0.0.1 and a free port. */
export async function serveStatic(root: string, prefix: string): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    // A directory without its slash: redirect, as static hosts do, so relative URLs resolve inside it.
    if (`${pathname}/` === prefix) {
      res.writeHead(301, { Location: prefix }).end();
      return;
    }
    const relative = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : undefined;
    const file = relative === undefined ? undefined : path.join(root, relative || 'index.html');
    if (!file || !file.startsWith(path.resolve(root) + path.sep)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) throw new Error('not a file');
        res.writeHead(200, {
          'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
          'Content-Length': info.size,
          'Content-Security-Policy': CSP_HEADER_POLICY,
          'X-Content-Type-Options': 'nosniff',
        });
        createReadStream(file).pipe(res);
      },
      () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
