// The sandbox's HTTP server: addressing (virtual-hosted and path-style), common OSS headers, CORS on
// every answer, routing, and OSS's answers to oversized headers and idle connections.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { SandboxConfig } from './config.ts';
import type { SandboxContext } from './context.ts';
import { resolveTarget } from './request-target.ts';
import { actualCorsHeaders, answerPreflight, DEFAULT_CORS, parseCorsXml } from './cors.ts';
import { renderListObjects } from './list-objects.ts';
import { clearTempFiles, openObjectStore } from './object-store.ts';
import { guardConnections, guardRequestDeadline, MAX_HEADER_BYTES } from './connection-guards.ts';
import { OSS_REFUSALS } from '../oss/index.ts';
import { sendOssError, type OssErrorBody } from './oss-error.ts';
import { postObject } from './post-object.ts';
import { createRequestId } from './request-id.ts';
import { bucketCors } from './routes/bucket-cors.ts';
import { readObject } from './routes/object-read.ts';
import { sandboxApi } from './routes/sandbox-api.ts';
import { createStsIssuer } from './sts.ts';
import { createCallbackSigner } from './callback.ts';
import { createCallbackLog } from './callback-log.ts';

const NO_SUCH_BUCKET: OssErrorBody = {
  status: 404,
  code: 'NoSuchBucket',
  message: 'The specified bucket does not exist.',
  ec: '0015-00000101',
};

export interface RunningSandbox {
  server: Server;
  context: SandboxContext;
  close: () => Promise<void>;
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
  fail({
    ...OSS_REFUSALS.methodNotAllowed,
    extra: { Method: req.method ?? '', ResourceType: target.key === '' ? 'Bucket' : 'Object' },
  });
}

/** Starts the sandbox on config.host:config.port (0 = a free port). */
export async function startSandbox(config: SandboxConfig): Promise<RunningSandbox> {
  const store = openObjectStore(config.dataDir);
  await clearTempFiles(store);
  const saved = await store.readCors();
  const parsed = saved === undefined ? undefined : parseCorsXml(saved);
  const callbackSigner = createCallbackSigner();
  const context: SandboxContext = {
    config,
    store,
    sts: createStsIssuer(),
    callbackSigner,
    callbackLog: createCallbackLog(callbackSigner.publicKeyPem),
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
  guardConnections(server, idleMs);
  guardRequestDeadline(server, config.requestTimeout * 1000);
  server.maxConnections = config.maxConnections;
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
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
