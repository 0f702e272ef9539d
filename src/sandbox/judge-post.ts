// The verdict on a received PostObject form: the core's evaluatePost with the sandbox's bucket, its
// known AccessKeys (configured + issued STS) and the node:crypto signer.
import {
  CALLBACK_MESSAGES,
  evaluatePost,
  type Accepted,
  type KnownAccessKey,
  type PostPart,
  type Verdict,
} from '../oss/index.ts';
import type { SandboxContext } from './context.ts';
import { nodeSigner } from './node-signer.ts';

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

/** OSS's verdict on the parts, as the sandbox's bucket sees them. */
export function judgePost(ctx: SandboxContext, contentType: string, parts: PostPart[]): Verdict {
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
