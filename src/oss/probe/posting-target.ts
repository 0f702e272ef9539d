// A probe target that posts each probe as a real multipart form (the sandbox or a real bucket),
// through the `send` its caller gives: the page's fetch, the CLI's. Each upload is the policy
// signed with the target's key (V4), the parts in OSS's order, a file of the probe's size.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { parseOssError } from '../errors/parse-oss-error.ts';
import type { PolicyDocument } from '../policy/policy-types.ts';
import { probeParts, signProbeFields, type ProbeKey } from './probe-form.ts';
import type { ProbeAnswer, ProbeTarget, ProbeUpload } from './probe-types.ts';

/** What a send answers: a fetch Response has all of it. */
export interface PostedAnswer {
  status: number;
  /** `opaqueredirect`: a browser's manual redirect (a 303 it did not follow), status 0. */
  type?: string;
  text: () => Promise<string>;
}

export interface PostingTargetOptions {
  kind: 'sandbox' | 'bucket';
  bucket: string;
  region: string;
  key: ProbeKey;
  /** Where a bucket's PostObject goes (`http://127.0.0.1:PORT/BUCKET`, `https://B.oss-…`). */
  bucketUrl: (bucket: string) => string;
  otherBucket?: string;
  callbackUrl?: string;
  maxPostBytes: number;
  /** Posts the form, redirects not followed; may throw (a network failure). */
  send: (url: string, body: FormData) => Promise<PostedAnswer>;
}

/**
 * The form a probe's upload is posted as: its fields, the auth fields, and a file of its size.
 *
 * @example probeFormData(upload, auth).get('key') // 'uploads/a.txt'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function probeFormData(upload: ProbeUpload, auth: Parameters<typeof probeParts>[1]) {
  const body = new FormData();
  for (const part of probeParts(upload, auth)) {
    if ('value' in part) body.append(part.name, part.value);
    else {
      const bytes = new Uint8Array(part.file.size).fill(0x61);
      body.append(
        part.name,
        new Blob([bytes], { type: part.file.contentType }),
        part.file.filename,
      );
    }
  }
  return body;
}

/**
 * What an answer means for a probe: a refusal's Code, EC and Message (from OSS's XML), else the
 * key the object was stored under. A 303 (success_action_redirect) is an admission.
 *
 * @example readProbeAnswer(200, '', 'a.txt') // { status: 200, key: 'a.txt' }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function readProbeAnswer(
  status: number,
  body: string,
  key: string | undefined,
): ProbeAnswer {
  const error = status >= 300 && status !== 303 ? parseOssError(body) : null;
  if (error) {
    return {
      status,
      code: error.code,
      message: error.message,
      ...(error.ec ? { ec: error.ec } : {}),
    };
  }
  return key === undefined ? { status } : { status, key };
}

async function postOnce(
  options: PostingTargetOptions,
  upload: ProbeUpload,
  policy: PolicyDocument,
): Promise<ProbeAnswer> {
  const auth = await signProbeFields(policy, options.key, options.region, new Date());
  try {
    const answer = await options.send(
      options.bucketUrl(upload.bucket),
      probeFormData(upload, auth),
    );
    const status = answer.type === 'opaqueredirect' ? 303 : answer.status;
    const key = upload.fields.find((field) => field.name === 'key')?.value;
    return readProbeAnswer(status, await answer.text(), key);
  } catch (error) {
    return { status: 0, message: String((error as Error).cause ?? error) };
  }
}

/**
 * A target that posts each probe for real. For the overwrite probe it first stores an object at
 * the key (the same upload with x-oss-forbid-overwrite true), so OSS meets an existing key.
 * `stored` lists every key an upload stored (for a cleanup, or the list a real bucket keeps).
 *
 * @example createPostingTarget({ kind: 'sandbox', bucket: 'b', region: 'cn-hangzhou', key, bucketUrl: () => url, maxPostBytes: 16 << 20, send: (url, body) => fetch(url, { method: 'POST', body, redirect: 'manual' }) })
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function createPostingTarget(
  options: PostingTargetOptions,
): ProbeTarget & { stored: () => string[] } {
  const stored = new Set<string>();
  const post = async (upload: ProbeUpload, policy: PolicyDocument) => {
    const answer = await postOnce(options, { ...upload, existing: false }, policy);
    if (answer.key !== undefined && answer.status >= 200 && answer.status < 400) {
      stored.add(answer.key);
    }
    return answer;
  };
  return {
    kind: options.kind,
    bucket: options.bucket,
    ...(options.otherBucket ? { otherBucket: options.otherBucket } : {}),
    ...(options.callbackUrl ? { callbackUrl: options.callbackUrl } : {}),
    maxPostBytes: options.maxPostBytes,
    post: async (upload, policy) => {
      if (upload.existing) {
        const fields = upload.fields.map((field) =>
          field.name.toLowerCase() === 'x-oss-forbid-overwrite'
            ? { ...field, value: 'true' }
            : field,
        );
        await post({ ...upload, fields }, policy);
      }
      return post(upload, policy);
    },
    stored: () => [...stored].sort(),
  };
}
