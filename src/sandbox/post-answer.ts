// The success answers of PostObject: 204/200, 201 PostResponse XML, 303 to success_action_redirect,
// or the callback's answer (200 with its JSON, 203 CallbackFailed).
import type { ServerResponse } from 'node:http';
import type { Accepted } from '../oss/index.ts';
import { CALLBACK_KEY_PATH, runCallback } from './callback.ts';
import type { RequestTarget, SandboxContext } from './context.ts';
import type { StoredObject } from './object-store.ts';
import { sendOssError } from './oss-error.ts';
import { sandboxOrigin } from './routes/sandbox-api.ts';

function encodeKey(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}

/** Answers an accepted, stored upload as OSS does. */
export async function answerPost(
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
    const record = ctx.callbackLog.begin({
      bucket: ctx.config.bucket,
      object: object.key,
      requestId: target.requestId,
    });
    const outcome = await runCallback(
      verdict.callback,
      {
        bucket: ctx.config.bucket,
        object: object.key,
        etag: object.etag,
        size: String(object.size),
        mimeType: object.contentType,
        // The sandbox does not read images; OSS leaves these empty for non-image objects.
        'imageInfo.height': '',
        'imageInfo.width': '',
        'imageInfo.format': '',
        crc64: object.crc64,
        contentMd5: Buffer.from(object.etag, 'hex').toString('base64'),
        vpcId: '',
        clientIp: target.clientIp,
        reqId: target.requestId,
        operation: 'PostObject',
      },
      {
        signer: ctx.callbackSigner,
        keyUrl: `${sandboxOrigin(ctx)}${CALLBACK_KEY_PATH}`,
        allowPrivate: ctx.config.allowPrivateCallback,
        observe: record.observe,
      },
    );
    record.finish(
      outcome.ok
        ? { status: 200, body: outcome.body }
        : { status: 203, code: 'CallbackFailed', message: outcome.message },
    );
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
