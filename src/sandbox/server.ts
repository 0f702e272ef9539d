// The sandbox's HTTP server: addressing (virtual-hosted and path-style), common OSS headers, CORS on
// every answer, routing, and OSS's answers to oversized headers and idle connections.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { SandboxConfig } from './config.ts';
import type { RequestTarget, SandboxContext } from './context.ts';
import { actualCorsHeaders, answerPreflight, DEFAULT_CORS, parseCorsXml } from './cors.ts';
import { renderListObjects } from './list-objects.ts';
import { clearTempFiles, openObjectStore } from './object-store.ts';
import { renderErrorXml, sendOssError, type OssErrorBody } from './oss-error.ts';
import { postObject } from './post-object.ts';
import { createRequestId } from './request-id.ts';
import { bucketCors } from './routes/bucket-cors.ts';
import { readObject } from './routes/object-read.ts';
import { sandboxApi } from './routes/sandbox-api.ts';
import { createStsIssuer } from './sts.ts';

export const MAX_HEADER_BYTES = 16 * 1024;

const REQUEST_TIMEOUT: OssErrorBody = {
  status: 400,
  code: 'RequestTimeout',
  message:
    'Your socket connection to the server was not read from or written to within the timeout period. Idle connections will be closed',
};
const HEADERS_TOO_LARGE: OssErrorBody = {
  status: 400,
  code: 'InvalidArgument',
  message: 'The request header section is too large.',
};
const NO_SUCH_BUCKET: OssErrorBody = {
  status: 404,
  code: 'NoSuchBucket',
  message: 'The specified bucket does not exist.',
  ec: '0015-00000101',
};
const METHOD_NOT_ALLOWED: OssErrorBody = {
  status: 405,
  code: 'MethodNotAllowed',
  message: 'The specified method is not allowed against this resource.',
};

export interface RunningSandbox {
  server: Server;
  context: SandboxContext;
  close: () => Promise<void>;
}

function resolveTarget(
  ctx: SandboxContext,
  req: IncomingMessage,
  requestId: string,
): RequestTarget {
  const host = String(req.headers.host ?? `127.0.0.1:${ctx.port}`);
  const url = new URL(req.url ?? '/', `http://${host}`);
  const virtual = /^([a-z0-9][a-z0-9-]*[a-z0-9])\.localhost(?::\d+)?$/i.exec(host);
  const rawPath = (req.url ?? '/').split('?')[0];
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  if (virtual) {
    return {
      bucket: virtual[1].toLowerCase(),
      key: decode(rawPath.slice(1)),
      query: url.searchParams,
      bucketUrl: `http://${host}`,
      hostId: host,
      requestId,
    };
  }
  const [, first = '', ...rest] = rawPath.split('/');
  return {
    bucket: first === '' ? undefined : decode(first),
    key: decode(rest.join('/')),
    query: url.searchParams,
    bucketUrl: `http://${host}/${first}`,
    hostId: host,
    requestId,
  };
}

/** x-oss-server-time: the milliseconds OSS spent on the request, stamped when the head is sent. */
function stampServerTime(res: ServerResponse, start: number): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    if (!res.headersSent) res.setHeader('x-oss-server-time', String(Date.now() - start));
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}

async function route(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const requestId = createRequestId();
  res.setHeader('Server', 'AliyunOSS');
  res.setHeader('x-oss-request-id', requestId);
  stampServerTime(res, Date.now());
  const path = (req.url ?? '/').split('?')[0];
  if (await sandboxApi(ctx, path, req, res)) return;
  const target = resolveTarget(ctx, req, requestId);
  const origin = req.headers.origin;
  const fail = (error: OssErrorBody) =>
    sendOssError(res, error, requestId, target.hostId, req.method);

  if (req.method === 'OPTIONS') {
    const preflight = answerPreflight(
      ctx.cors.current,
      origin,
      req.headers['access-control-request-method'],
      req.headers['access-control-request-headers'],
    );
    if (!preflight.ok) return fail(preflight.error);
    res.writeHead(200, { ...preflight.headers, 'Content-Length': 0 });
    res.end();
    return;
  }
  for (const [name, value] of Object.entries(
    actualCorsHeaders(ctx.cors.current, origin, req.method ?? 'GET'),
  )) {
    res.setHeader(name, value);
  }
  // POST to the bare endpoint root (http://127.0.0.1:PORT/) is taken as the sandbox's one bucket.
  const bucket = target.bucket ?? (req.method === 'POST' ? ctx.config.bucket : undefined);
  if (bucket !== ctx.config.bucket) {
    req.resume();
    return fail({ ...NO_SUCH_BUCKET, extra: { BucketName: target.bucket ?? '' } });
  }
  if (target.key === '') {
    if (target.query.has('cors')) return bucketCors(ctx, target, req, res);
    if (req.method === 'POST') return postObject(ctx, target, req, res);
    if (req.method === 'GET') {
      const listing = renderListObjects(ctx.config.bucket, await ctx.store.list(), target.query);
      if (!listing.ok) return fail(listing.error);
      res.writeHead(200, {
        'Content-Type': 'application/xml',
        'Content-Length': Buffer.byteLength(listing.xml),
      });
      res.end(listing.xml);
      return;
    }
    if (req.method === 'HEAD') {
      res.writeHead(200);
      res.end();
      return;
    }
  } else if (req.method === 'GET' || req.method === 'HEAD') {
    return readObject(ctx, target, req, res);
  }
  req.resume();
  fail(METHOD_NOT_ALLOWED);
}

function answerRawError(socket: Socket, error: OssErrorBody): void {
  if (!socket.writable) return;
  const requestId = createRequestId();
  const xml = renderErrorXml(error, requestId, 'localhost');
  socket.end(
    `HTTP/1.1 ${error.status} Bad Request\r\nServer: AliyunOSS\r\nContent-Type: application/xml\r\n` +
      `x-oss-request-id: ${requestId}\r\nContent-Length: ${Buffer.byteLength(xml)}\r\nConnection: close\r\n\r\n${xml}`,
  );
}

/** Starts the sandbox on config.host:config.port (0 = a free port). */
export async function startSandbox(config: SandboxConfig): Promise<RunningSandbox> {
  const store = openObjectStore(config.dataDir);
  await clearTempFiles(store);
  const saved = await store.readCors();
  const parsed = saved === undefined ? undefined : parseCorsXml(saved);
  const context: SandboxContext = {
    config,
    store,
    sts: createStsIssuer(),
    cors: parsed?.ok
      ? { current: parsed.config, custom: true }
      : { current: DEFAULT_CORS, custom: false },
    port: config.port,
  };
  const idleMs = config.idleTimeout * 1000;
  const server = createServer(
    { maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: 0, headersTimeout: idleMs },
    (req, res) => {
      route(context, req, res).catch(() => {
        sendOssError(
          res,
          {
            status: 500,
            code: 'InternalError',
            message: 'We encountered an internal error. Please try again.',
          },
          createRequestId(),
          'localhost',
        );
      });
    },
  );
  server.keepAliveTimeout = 5000;
  server.setTimeout(idleMs, (socket) => {
    const res = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    if (res && !res.headersSent) {
      res.setHeader('Connection', 'close');
      sendOssError(
        res,
        REQUEST_TIMEOUT,
        String(res.getHeader('x-oss-request-id') ?? createRequestId()),
        'localhost',
      );
      res.on('finish', () => socket.destroy());
      setTimeout(() => socket.destroy(), 1000).unref();
    } else {
      socket.destroy();
    }
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'HPE_HEADER_OVERFLOW') answerRawError(socket, HEADERS_TOO_LARGE);
    else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') answerRawError(socket, REQUEST_TIMEOUT);
    else if (error.code !== 'ECONNRESET')
      answerRawError(socket, {
        status: 400,
        code: 'InvalidRequest',
        message: 'The request is not valid HTTP.',
      });
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  context.port = typeof address === 'object' && address ? address.port : config.port;
  return {
    server,
    context,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
