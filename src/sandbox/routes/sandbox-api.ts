// The sandbox's own endpoints: GET /__sandbox/info (what the page prefills), POST /__sandbox/sts and
// GET /__sandbox/callback-public-key.pem (the key its callback signatures verify with), GET
// /__sandbox/callbacks (the last 100 callbacks sent, newest first: callback-log.ts) and
// POST /__sandbox/probe-cleanup (removes what the page's policy probe stored).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SANDBOX_VERSION, type SandboxContext } from '../context.ts';
import { readStsDuration } from '../sts.ts';
import { readBody } from './read-body.ts';
import { CALLBACK_KEY_PATH } from '../callback.ts';
import { PROBE_CLEANUP_PATH, removeProbeObjects } from '../probe/probe-cleanup.ts';
import { accountMayUseV1, defaultEndpointForbidden } from '../../oss/index.ts';

/** `http://HOST:PORT` of the sandbox as a client on this machine reaches it. */
export function sandboxOrigin(ctx: SandboxContext): string {
  const host =
    ctx.config.host === '0.0.0.0' || ctx.config.host === '::' ? '127.0.0.1' : ctx.config.host;
  const shown = host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${ctx.port}`;
}

/** Endpoint URLs of the bucket, both addressing styles. */
export function sandboxEndpoints(ctx: SandboxContext): {
  pathStyle: string;
  virtualHosted: string;
} {
  return {
    pathStyle: `${sandboxOrigin(ctx)}/${ctx.config.bucket}`,
    virtualHosted: `http://${ctx.config.bucket}.localhost:${ctx.port}`,
  };
}

/** The account the sandbox plays and what its day allows (the core's dated rules). */
function accountInfo(ctx: SandboxContext) {
  const account = { created: ctx.config.accountCreated };
  return {
    created: account.created,
    v1Allowed: accountMayUseV1(account),
    defaultEndpointForbidden: defaultEndpointForbidden(account, ctx.config.region),
    cnames: ctx.config.cname,
  };
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = `${JSON.stringify(value, null, 2)}\n`;
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** Answers /__sandbox/*; false when the path is not one of them. */
export async function sandboxApi(
  ctx: SandboxContext,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  if (path === '/__sandbox/info' && (req.method === 'GET' || req.method === 'HEAD')) {
    const endpoints = sandboxEndpoints(ctx);
    sendJson(res, 200, {
      name: 'oss-postobject-sandbox',
      version: SANDBOX_VERSION,
      endpoint: endpoints.pathStyle,
      endpoints,
      bucket: ctx.config.bucket,
      region: ctx.config.region,
      acl: ctx.config.acl,
      accessKeyId: ctx.config.accessKeyId,
      accessKeySecret: ctx.config.accessKeySecret,
      stsUrl: '/__sandbox/sts',
      callbackPublicKeyUrl: `${sandboxOrigin(ctx)}${CALLBACK_KEY_PATH}`,
      account: accountInfo(ctx),
    });
    return true;
  }
  if (path === CALLBACK_KEY_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
    const pem = ctx.callbackSigner.publicKeyPem;
    res.writeHead(200, {
      'Content-Type': 'application/x-pem-file',
      'Content-Length': Buffer.byteLength(pem),
    });
    res.end(req.method === 'HEAD' ? undefined : pem);
    return true;
  }
  if (path === '/__sandbox/callbacks' && (req.method === 'GET' || req.method === 'HEAD')) {
    sendJson(res, 200, { callbacks: ctx.callbackLog.list() });
    return true;
  }
  if (path === '/__sandbox/sts' && req.method === 'POST') {
    const body = (await readBody(req, 4096)) ?? '{';
    const duration = readStsDuration(body);
    if (!duration.ok) {
      sendJson(res, 400, { Code: 'InvalidParameter.DurationSeconds', Message: duration.message });
      return true;
    }
    sendJson(res, 200, ctx.sts.issue(duration.seconds));
    return true;
  }
  if (path === PROBE_CLEANUP_PATH && req.method === 'POST') {
    sendJson(res, 200, await removeProbeObjects(ctx, (await readBody(req, 256 * 1024)) ?? ''));
    return true;
  }
  if (path.startsWith('/__sandbox/')) {
    sendJson(res, 404, {
      Code: 'NotFound',
      Message: `No sandbox endpoint ${req.method} ${path}; try GET /__sandbox/info or POST /__sandbox/sts.`,
    });
    return true;
  }
  return false;
}
