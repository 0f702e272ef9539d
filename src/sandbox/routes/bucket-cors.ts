// PUT / GET / DELETE /?cors: the bucket's CORS rules in OSS's CORSConfiguration XML.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestTarget, SandboxContext } from '../context.ts';
import { DEFAULT_CORS, parseCorsXml, renderCorsXml } from '../cors.ts';
import { OSS_REFUSALS } from '../../oss/index.ts';
import { sendOssError } from '../oss-error.ts';
import { readBody } from './read-body.ts';

const CORS_BODY_MAX_BYTES = 64 * 1024;

/** Answers the ?cors sub-resource. */
export async function bucketCors(
  ctx: SandboxContext,
  target: RequestTarget,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const send = (status: number, xml?: string) => {
    res.writeHead(
      status,
      xml ? { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(xml) } : {},
    );
    res.end(xml);
  };
  if (req.method === 'GET') {
    if (!ctx.cors.custom) {
      sendOssError(
        res,
        {
          status: 404,
          code: 'NoSuchCORSConfiguration',
          message: 'The CORS configuration does not exist.',
          extra: { BucketName: ctx.config.bucket },
        },
        target.requestId,
        target.hostId,
      );
      return;
    }
    send(200, renderCorsXml(ctx.cors.current));
    return;
  }
  if (req.method === 'DELETE') {
    ctx.cors.current = DEFAULT_CORS;
    ctx.cors.custom = false;
    await ctx.store.writeCors(undefined);
    send(204);
    return;
  }
  if (req.method === 'PUT') {
    const body = await readBody(req, CORS_BODY_MAX_BYTES);
    const parsed = body === undefined ? undefined : parseCorsXml(body);
    if (!parsed || !parsed.ok) {
      const error = parsed?.error ?? {
        status: 400,
        code: 'EntityTooLarge',
        message: 'Your proposed upload exceeds the maximum allowed size.',
      };
      sendOssError(res, error, target.requestId, target.hostId);
      return;
    }
    ctx.cors.current = parsed.config;
    ctx.cors.custom = true;
    await ctx.store.writeCors(body);
    send(200);
    return;
  }
  sendOssError(
    res,
    {
      ...OSS_REFUSALS.methodNotAllowed,
      extra: { Method: req.method ?? '', ResourceType: 'Bucket' },
    },
    target.requestId,
    target.hostId,
  );
}
