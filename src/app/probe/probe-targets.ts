// Where the page's probe posts: the local sandbox (real posts, signed with its demo key) when the
// builder targets it, else the dry run. A real bucket through CORS is the CLI's (README).
import {
  createDryRunTarget,
  parseOssError,
  probeParts,
  signProbeFields,
  type ProbeAnswer,
  type ProbeTarget,
} from '../../oss/index.ts';
import type { SandboxInfo } from '../remote/sandbox-info.ts';

/** The largest file the page posts for a probe; a bigger one is judged by the dry run. */
const PAGE_PROBE_MAX_BYTES = 16 * 1024 * 1024;

/** Where the sandbox removes what a probe stored (src/sandbox/probe/probe-cleanup.ts). */
const PROBE_CLEANUP_URL = '/__sandbox/probe-cleanup';

/**
 * Posts each probe to the sandbox beside the page, as a browser form post; `cleanup` then removes
 * every object the probes stored, so no probe leaves one behind.
 */
export function createSandboxTarget(
  info: SandboxInfo,
): ProbeTarget & { cleanup: () => Promise<void> } {
  const key = { accessKeyId: info.accessKeyId, accessKeySecret: info.accessKeySecret };
  const stored = new Set<string>();
  const send = async (
    upload: Parameters<ProbeTarget['post']>[0],
    policy: Parameters<ProbeTarget['post']>[1],
  ): Promise<ProbeAnswer> => {
    const auth = await signProbeFields(policy, key, info.region, new Date());
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
      const response = await fetch(info.endpoint, { method: 'POST', body, redirect: 'manual' });
      const text = await response.text();
      // A 303 the browser does not follow reads as an opaque redirect (status 0, type opaqueredirect).
      const status = response.type === 'opaqueredirect' ? 303 : response.status;
      const error = status >= 300 && status !== 303 ? parseOssError(text) : null;
      if (error)
        return {
          status,
          code: error.code,
          message: error.message,
          ...(error.ec ? { ec: error.ec } : {}),
        };
      const sent = upload.fields.find((f) => f.name === 'key')?.value ?? '';
      stored.add(sent);
      return { status, key: sent };
    } catch (error) {
      return { status: 0, message: String(error) };
    }
  };
  return {
    kind: 'sandbox',
    bucket: info.bucket,
    maxPostBytes: PAGE_PROBE_MAX_BYTES,
    post: async (upload, policy) => {
      if (upload.existing) {
        const fields = upload.fields.map((f) =>
          f.name.toLowerCase() === 'x-oss-forbid-overwrite' ? { ...f, value: 'true' } : f,
        );
        await send({ ...upload, fields, existing: false }, policy);
      }
      return send({ ...upload, existing: false }, policy);
    },
    cleanup: async () => {
      if (stored.size === 0) return;
      await fetch(PROBE_CLEANUP_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ keys: [...stored] }),
      }).catch(() => undefined);
      stored.clear();
    },
  };
}

/** The dry run for the builder's bucket and region. */
export function createPageDryRun(bucket: string, region: string): ProbeTarget {
  return createDryRunTarget({ bucket, region });
}
