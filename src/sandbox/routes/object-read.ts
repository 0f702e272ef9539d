// GET / HEAD of a stored object: its bytes with the headers and metadata stored at upload.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestTarget, SandboxContext } from '../context.ts';
import { sendOssError } from '../oss-error.ts';

const NO_SUCH_KEY = {
  status: 404,
  code: 'NoSuchKey',
  message: 'The specified key does not exist.',
  ec: '0026-00000001',
};

/**
 * Stored values as header values: OSS sends metadata as its UTF-8 bytes, so non-ASCII text goes on
 * the wire as UTF-8 (Node takes header strings as Latin-1); control characters cannot be in a header.
 */
function toHeaderValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      Buffer.from(value.replace(/[\r\n\0]/g, ' '), 'utf8').toString('latin1'),
    ]),
  );
}

/** Answers GET/HEAD /KEY. */
export async function readObject(
  ctx: SandboxContext,
  target: RequestTarget,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const object = await ctx.store.read(target.key);
  if (!object) {
    sendOssError(
      res,
      { ...NO_SUCH_KEY, extra: { Key: target.key } },
      target.requestId,
      target.hostId,
      req.method,
    );
    return;
  }
  const etag = `"${object.etag}"`;
  const headers: Record<string, string | number> = {
    ...toHeaderValues({ 'Content-Type': object.contentType }),
    'Content-Length': object.size,
    ETag: etag,
    'Last-Modified': new Date(object.lastModified).toUTCString(),
    'x-oss-hash-crc64ecma': object.crc64,
    'x-oss-object-type': 'Normal',
    'x-oss-storage-class': object.storageClass ?? 'Standard',
    'Accept-Ranges': 'bytes',
    ...toHeaderValues(object.headers),
    ...toHeaderValues(object.meta),
  };
  if (object.serverSideEncryption)
    headers['x-oss-server-side-encryption'] = object.serverSideEncryption;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ETag: etag });
    res.end();
    return;
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = ctx.store.open(object.key);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
