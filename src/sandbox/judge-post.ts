// The verdict on a received PostObject form: the core's evaluatePost with the sandbox's bucket, its
// known AccessKeys (configured + issued STS) and the node:crypto signer.
import { evaluatePost, type KnownAccessKey, type PostPart, type Verdict } from '../oss/index.ts';
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

/**
 * OSS's verdict on the parts, as the sandbox's bucket sees them, for the account it plays
 * (`--account-created`): the Host decides the default-public-endpoint rule.
 */
export function judgePost(
  ctx: SandboxContext,
  contentType: string,
  parts: PostPart[],
  host?: string,
): Verdict {
  return evaluatePost({
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
    account: { created: ctx.config.accountCreated },
    ...(host === undefined ? {} : { host }),
    sign: nodeSigner,
    // OSS refuses private callback addresses; --allow-private-callback lets users test a local server.
    allowPrivateCallback: ctx.config.allowPrivateCallback,
  });
}
