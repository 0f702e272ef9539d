// Forms the snippet tests render and run: plain, rich (non-ASCII prefix, metadata, callback, STS)
// and legacy V1. Built by the core's buildPostForm so the tests exercise real forms.
import type { PostForm, PostFormSpec } from '../form-types.ts';
import { buildPostForm } from '../build-post-form.ts';

/** Where and as whom the samples sign (the sandbox's values in run tests). */
export interface SampleTarget {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  now?: Date;
}

/** A small V4 form: key, one metadata field, Content-Type, 201 answer. */
export function plainSpec(t: SampleTarget, key = 'snippets/plain.txt'): PostFormSpec {
  return {
    target: { bucket: t.bucket, region: t.region, endpoint: t.endpoint },
    credentials: { accessKeyId: t.accessKeyId, accessKeySecret: t.accessKeySecret },
    key,
    expiration: { secondsFromNow: 3600 },
    ...(t.now ? { now: t.now } : {}),
    conditions: [
      ['eq', '$key', key],
      ['content-length-range', 1, 10485760],
    ],
    fields: [
      { name: 'Content-Type', value: 'text/plain' },
      { name: 'success_action_status', value: '201' },
    ],
  };
}

/**
 * Everything awkward at once: a Chinese key prefix with `${filename}`, metadata with quotes, `$`,
 * `&`, `<` and a backtick, a callback with an `x:` variable, and an STS token. (The metadata stays
 * ASCII: the sandbox cannot yet answer GET for an object whose metadata is non-ASCII.)
 */
export function richSpec(
  t: SampleTarget,
  callbackUrl = 'http://127.0.0.1:9/callback',
): PostFormSpec {
  return {
    target: { bucket: t.bucket, region: t.region, endpoint: t.endpoint },
    credentials: {
      accessKeyId: t.accessKeyId,
      accessKeySecret: t.accessKeySecret,
      ...(t.securityToken ? { securityToken: t.securityToken } : {}),
    },
    key: '用户/报告 ${filename}',
    expiration: { secondsFromNow: 3600 },
    ...(t.now ? { now: t.now } : {}),
    conditions: [
      ['starts-with', '$key', '用户/'],
      ['eq', '$x-oss-meta-owner', `O'Brien "Zhang" $HOME & <b> \`id\``],
      ['content-length-range', 1, 10485760],
    ],
    fields: [
      { name: 'x-oss-meta-owner', value: `O'Brien "Zhang" $HOME & <b> \`id\`` },
      { name: 'success_action_status', value: '200' },
    ],
    callback: {
      urls: [callbackUrl],
      body: 'bucket=${bucket}&object=${object}&size=${size}&who=${x:who}',
      vars: { 'x:who': 'zhang' },
    },
  };
}

/** The plain form signed with legacy V1. */
export function v1Spec(t: SampleTarget, key = 'snippets/legacy-v1.txt'): PostFormSpec {
  return { ...plainSpec(t, key), signatureVersion: 'v1' };
}

/** Builds a sample spec into a signed form. */
export function buildSample(spec: PostFormSpec): Promise<PostForm> {
  return buildPostForm(spec);
}
