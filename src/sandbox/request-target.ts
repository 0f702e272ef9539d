// Which bucket and key a request names: virtual-hosted (`BUCKET.localhost:PORT/KEY`) or path-style
// (`127.0.0.1:PORT/BUCKET/KEY`). The raw path is split before decoding, so `..` stays part of a key.
import type { IncomingMessage } from 'node:http';
import type { RequestTarget, SandboxContext } from './context.ts';

/** The bucket, key, query and URLs of one request. */
export function resolveTarget(
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
