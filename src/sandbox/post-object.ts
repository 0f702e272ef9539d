// POST / — PostObject: receive the form (streamed), let the core judge it as OSS does, commit the
// object atomically, answer as OSS (204/200/201/303, callback 200/203, XML errors).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeRefusal, OSS_REFUSALS, type Accepted } from '../oss/index.ts';
import type { RequestTarget, SandboxContext } from './context.ts';
import { judgePost } from './judge-post.ts';
import { receivePost, type ReceivedFile } from './multipart-stream.ts';
import { removeTempFile, type StoredObject } from './object-store.ts';
import { sendOssError, type OssErrorBody } from './oss-error.ts';
import { answerPost } from './post-answer.ts';

/** Handles POST / on the bucket. */
export async function postObject(
  ctx: SandboxContext,
  target: RequestTarget,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const fail = (error: OssErrorBody) => {
    // Refused before the body was read: tell the client to stop, read what is already in flight.
    if (!req.complete) {
      res.setHeader('Connection', 'close');
      req.resume();
      res.on('finish', () => setTimeout(() => req.destroy(), 2000).unref());
    }
    sendOssError(res, error, target.requestId, target.hostId);
  };
  const contentType = req.headers['content-type'] ?? '';
  const refused = contentTypeRefusal(contentType);
  if (refused) return fail(refused);
  const received = await receivePost(req, ctx.store);
  if (received.kind === 'aborted') return;
  if (received.kind === 'refused') return fail(received.error);
  const digestRefusal = contentMd5Refusal(
    headerText(req.headers['content-md5']),
    received.bodyMd5Base64,
  );
  if (digestRefusal) {
    if (received.file?.tempPath) await removeTempFile(received.file.tempPath);
    return fail(digestRefusal);
  }
  const verdict = judgePost(ctx, contentType, received.parts, req.headers.host);
  if (!verdict.ok || !received.file) {
    if (received.file?.tempPath) await removeTempFile(received.file.tempPath);
    return fail(verdict.ok ? OSS_REFUSALS.fileCount : verdict);
  }
  const stored = await commit(ctx, verdict, received.file);
  await answerPost(ctx, target, res, verdict, stored);
}

const headerText = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(',') : value;

/**
 * OSS's answer to a Content-MD5 header: none when absent or equal to the body's MD5; EC
 * 0017-00000502 when it is not the Base64 of 16 bytes, 0017-00000503 when it differs.
 */
function contentMd5Refusal(header: string | undefined, bodyMd5Base64: string | undefined) {
  if (header === undefined || header === bodyMd5Base64) return undefined;
  const wellFormed =
    /^[A-Za-z0-9+/]{22}==$/.test(header.trim()) &&
    Buffer.from(header.trim(), 'base64').length === 16;
  return wellFormed ? OSS_REFUSALS.invalidDigestMismatch : OSS_REFUSALS.invalidDigestMalformed;
}

async function commit(
  ctx: SandboxContext,
  verdict: Accepted,
  file: ReceivedFile,
): Promise<StoredObject> {
  // The core's verdict already holds only the object fields that were sent (never empty ones).
  const object: StoredObject = {
    ...verdict.object,
    key: verdict.key,
    size: file.size,
    etag: file.md5Hex.toUpperCase(),
    crc64: file.crc64,
    lastModified: new Date().toISOString(),
  };
  if (file.bytes) {
    await ctx.store.commitBytes(file.bytes, object);
    return object;
  }
  try {
    await ctx.store.commit(file.tempPath, object);
  } catch (error) {
    await removeTempFile(file.tempPath);
    throw error;
  }
  return object;
}
