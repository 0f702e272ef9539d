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
  const contentMd5 = req.headers['content-md5'];
  if (contentMd5 !== undefined && contentMd5 !== received.bodyMd5Base64) {
    if (received.file?.tempPath) await removeTempFile(received.file.tempPath);
    return fail(OSS_REFUSALS.invalidDigest);
  }
  const verdict = judgePost(ctx, contentType, received.parts);
  if (!verdict.ok || !received.file) {
    if (received.file?.tempPath) await removeTempFile(received.file.tempPath);
    return fail(verdict.ok ? OSS_REFUSALS.fileCount : verdict);
  }
  const stored = await commit(ctx, verdict, received.file);
  await answerPost(ctx, target, res, verdict, stored);
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
