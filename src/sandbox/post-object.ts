// POST / — PostObject: receive the form (streamed), let the core judge it as OSS does, commit the
// object atomically, answer as OSS (204/200/201/303, callback 200/203, XML errors).
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CALLBACK_MESSAGES,
  evaluatePost,
  isMultipartFormData,
  OSS_REFUSALS,
  type Accepted,
  type KnownAccessKey,
  type PostPart,
  type Verdict,
} from '../oss/index.ts';
import { runCallback } from './callback.ts';
import type { RequestTarget, SandboxContext } from './context.ts';
import { receivePost, type ReceivedFile } from './multipart-stream.ts';
import { nodeSigner } from './node-signer.ts';
import { removeTempFile, type StoredObject } from './object-store.ts';
import { sendOssError, type OssErrorBody } from './oss-error.ts';

const INVALID_DIGEST: OssErrorBody = {
  status: 400,
  code: 'InvalidDigest',
  message: 'The Content-MD5 you specified is not valid.',
};

/** Whose keys the judge knows: the configured AccessKey and unexpired issued STS keys. */
export function lookupAccessKey(
  ctx: SandboxContext,
  accessKeyId: string,
): KnownAccessKey | undefined {
  if (accessKeyId === ctx.config.accessKeyId) {
    return { accessKeyId, accessKeySecret: ctx.config.accessKeySecret };
  }
  return ctx.sts.lookup(accessKeyId);
}

function judge(ctx: SandboxContext, contentType: string, parts: PostPart[]): Verdict {
  const input = {
    contentType,
    parts,
    bucket: {
      name: ctx.config.bucket,
      region: ctx.config.region,
      acl: ctx.config.acl,
      objectExists: (key: string) => ctx.store.exists(key),
    },
    lookupAccessKey: (id: string) => lookupAccessKey(ctx, id),
    now: new Date(),
    sign: nodeSigner,
  };
  const verdict = evaluatePost(input);
  // The core refuses private callback addresses as OSS does; --allow-private-callback lets users
  // test a local callback server: judge again without the callback, then keep the callback.
  if (
    !verdict.ok &&
    ctx.config.allowPrivateCallback &&
    verdict.message === CALLBACK_MESSAGES.privateAddress
  ) {
    const callbackPart = parts.find((p) => p.name.toLowerCase() === 'callback' && 'value' in p);
    const again = evaluatePost({ ...input, parts: parts.filter((p) => p !== callbackPart) });
    if (again.ok && callbackPart && 'value' in callbackPart) {
      return { ...again, callback: decodeCallback(callbackPart.value, parts) };
    }
    return again;
  }
  return verdict;
}

function decodeCallback(value: string, parts: PostPart[]): NonNullable<Accepted['callback']> {
  const json = JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as Record<string, string>;
  const vars: Record<string, string> = {};
  for (const part of parts) {
    if ('file' in part) break;
    if (part.name.toLowerCase().startsWith('x:')) vars[part.name.toLowerCase()] = part.value;
  }
  return {
    urls: String(json.callbackUrl ?? '')
      .split(';')
      .map((u) => u.trim())
      .filter(Boolean),
    ...(json.callbackHost ? { host: json.callbackHost } : {}),
    body: String(json.callbackBody ?? ''),
    bodyType: String(json.callbackBodyType ?? 'application/x-www-form-urlencoded'),
    vars,
  };
}

function encodeKey(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}

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
  if (!isMultipartFormData(contentType)) return fail(OSS_REFUSALS.notMultipart);
  const received = await receivePost(req, ctx.store);
  if (received.kind === 'aborted') return;
  if (received.kind === 'refused') return fail(received.error);
  const contentMd5 = req.headers['content-md5'];
  if (contentMd5 !== undefined && contentMd5 !== received.bodyMd5Base64) {
    if (received.file) await removeTempFile(received.file.tempPath);
    return fail(INVALID_DIGEST);
  }
  const verdict = judge(ctx, contentType, received.parts);
  if (!verdict.ok || !received.file) {
    if (received.file) await removeTempFile(received.file.tempPath);
    return fail(verdict.ok ? OSS_REFUSALS.fileCount : verdict);
  }
  const stored = await commit(ctx, verdict, received.file);
  await answer(ctx, target, res, verdict, stored);
}

async function commit(
  ctx: SandboxContext,
  verdict: Accepted,
  file: ReceivedFile,
): Promise<StoredObject> {
  const object: StoredObject = {
    key: verdict.key,
    size: file.size,
    etag: file.md5Hex.toUpperCase(),
    crc64: file.crc64,
    contentType: verdict.object.contentType,
    headers: verdict.object.headers,
    meta: verdict.object.meta,
    ...(verdict.object.acl ? { acl: verdict.object.acl } : {}),
    ...(verdict.object.storageClass ? { storageClass: verdict.object.storageClass } : {}),
    ...(verdict.object.serverSideEncryption
      ? { serverSideEncryption: verdict.object.serverSideEncryption }
      : {}),
    lastModified: new Date().toISOString(),
  };
  try {
    await ctx.store.commit(file.tempPath, object);
  } catch (error) {
    await removeTempFile(file.tempPath);
    throw error;
  }
  return object;
}

async function answer(
  ctx: SandboxContext,
  target: RequestTarget,
  res: ServerResponse,
  verdict: Accepted,
  object: StoredObject,
): Promise<void> {
  const etag = `"${object.etag}"`;
  res.setHeader('ETag', etag);
  res.setHeader('x-oss-hash-crc64ecma', object.crc64);
  if (object.serverSideEncryption) {
    res.setHeader('x-oss-server-side-encryption', object.serverSideEncryption);
  }
  const location = `${target.bucketUrl}/${encodeKey(object.key)}`;
  if (verdict.callback) {
    const outcome = await runCallback(verdict.callback, {
      bucket: ctx.config.bucket,
      object: object.key,
      etag: object.etag,
      size: object.size,
      mimeType: object.contentType,
    });
    if (outcome.ok) {
      res.writeHead(200, {
        'Content-Type': outcome.contentType,
        'Content-Length': Buffer.byteLength(outcome.body),
      });
      res.end(outcome.body);
      return;
    }
    sendOssError(
      res,
      { status: 203, code: 'CallbackFailed', message: outcome.message },
      target.requestId,
      target.hostId,
    );
    return;
  }
  const url = verdict.status === 303 && verdict.redirect ? parseUrl(verdict.redirect) : undefined;
  if (url) {
    url.searchParams.set('bucket', ctx.config.bucket);
    url.searchParams.set('key', object.key);
    url.searchParams.set('etag', etag);
    res.writeHead(303, { Location: url.toString(), 'Content-Length': 0 });
    res.end();
    return;
  }
  if (verdict.status === 201) {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<PostResponse>',
      `  <Bucket>${escapeXml(ctx.config.bucket)}</Bucket>`,
      `  <Location>${escapeXml(location)}</Location>`,
      `  <Key>${escapeXml(object.key)}</Key>`,
      `  <ETag>${escapeXml(etag)}</ETag>`,
      '</PostResponse>',
      '',
    ].join('\n');
    res.writeHead(201, {
      'Content-Type': 'application/xml',
      'Content-Length': Buffer.byteLength(xml),
    });
    res.end(xml);
    return;
  }
  res.writeHead(
    verdict.status === 200 ? 200 : 204,
    verdict.status === 200 ? { 'Content-Length': 0 } : {},
  );
  res.end();
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
