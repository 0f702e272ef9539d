// A probe target that posts for real over HTTP: the sandbox, or a real bucket. Each upload is the
// policy signed with the target's key (V4), the parts in OSS's order, a file of the probe's size.
import {
  parseOssError,
  probeParts,
  signProbeFields,
  type PolicyDocument,
  type ProbeAnswer,
  type ProbeKey,
  type ProbeTarget,
  type ProbeUpload,
} from '../../oss/index.ts';

export interface HttpTargetOptions {
  kind: 'sandbox' | 'bucket';
  bucket: string;
  region: string;
  key: ProbeKey;
  /** The URL a bucket's PostObject goes to (`http://127.0.0.1:PORT/BUCKET`, `https://B.oss-…`). */
  bucketUrl: (bucket: string) => string;
  otherBucket?: string;
  callbackUrl?: string;
  maxPostBytes: number;
}

/** The largest file a probe posts over HTTP; a bigger one (OSS's 5 GB) is judged by the dry run. */
export const PROBE_POST_MAX_BYTES = 32 * 1024 * 1024;

async function send(
  options: HttpTargetOptions,
  upload: ProbeUpload,
  policy: PolicyDocument,
): Promise<ProbeAnswer> {
  const auth = await signProbeFields(policy, options.key, options.region, new Date());
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
  try {
    const response = await fetch(options.bucketUrl(upload.bucket), {
      method: 'POST',
      body,
      redirect: 'manual',
    });
    const text = await response.text();
    const error = response.status >= 300 && response.status !== 303 ? parseOssError(text) : null;
    const key = upload.fields.find((f) => f.name === 'key')?.value;
    return {
      status: response.status,
      ...(error
        ? { code: error.code, message: error.message, ...(error.ec ? { ec: error.ec } : {}) }
        : key === undefined
          ? {}
          : { key }),
    };
  } catch (error) {
    return { status: 0, message: String((error as Error).cause ?? error) };
  }
}

/**
 * Posts each probe for real. For the overwrite probe it first stores an object at the key (the
 * same upload without the probe's change), so OSS meets an existing key.
 */
export function createHttpTarget(options: HttpTargetOptions): ProbeTarget {
  const stored = new Set<string>();
  const remember = (answer: ProbeAnswer) => {
    if (answer.key && answer.status >= 200 && answer.status < 400) stored.add(answer.key);
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
        const first = {
          ...upload,
          existing: false,
          fields: upload.fields.map((f) =>
            f.name.toLowerCase() === 'x-oss-forbid-overwrite' ? { ...f, value: 'true' } : f,
          ),
        };
        remember(await send(options, first, policy));
      }
      return remember(await send(options, { ...upload, existing: false }, policy));
    },
    // The sandbox's probe data is removed with it; a real bucket keeps what the probes stored.
    ...(options.kind === 'bucket' ? { stored: () => [...stored].sort() } : {}),
  };
}
