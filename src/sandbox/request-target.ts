// Which bucket and key a request names: virtual-hosted (`BUCKET.localhost:PORT/KEY`, or any host
// whose first label is the sandbox's bucket) or path-style
// (`127.0.0.1:PORT/BUCKET/KEY`). The raw path is split before decoding, so `..` stays part of a key.
import type { IncomingMessage } from 'node:http';
import type { RequestTarget, SandboxContext } from './context.ts';

/**
 * A Host whose first label is the sandbox's bucket, such as the SDKs' default
 * `examplebucket.oss-cn-hangzhou.aliyuncs.com` sent here by a hosts file or a proxy: read
 * virtual-hosted, as OSS reads it (an IP address is never a bucket name).
 */
function ownBucketHost(ctx: SandboxContext, host: string): [string, string] | undefined {
  const name = host.replace(/:\d+$/, '');
  // A custom domain bound with --cname is the bucket, whatever its labels.
  if (ctx.config.cname.includes(name.toLowerCase())) return [host, ctx.config.bucket];
  const dot = name.indexOf('.');
  if (dot <= 0 || /^[\d.]+$/.test(name)) return undefined;
  const first = name.slice(0, dot).toLowerCase();
  return first === ctx.config.bucket ? [host, first] : undefined;
}

/** The bucket, key, query and URLs of one request. */
export function resolveTarget(
  ctx: SandboxContext,
  req: IncomingMessage,
  requestId: string,
): RequestTarget {
  const host = String(req.headers.host ?? `127.0.0.1:${ctx.port}`);
  const url = new URL(req.url ?? '/', `http://${host}`);
  const virtual =
    /^([a-z0-9][a-z0-9-]*[a-z0-9])\.localhost(?::\d+)?$/i.exec(host) ?? ownBucketHost(ctx, host);
  const rawPath = (req.url ?? '/').split('?')[0];
  const clientIp = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
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
      clientIp,
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
    clientIp,
  };
}
