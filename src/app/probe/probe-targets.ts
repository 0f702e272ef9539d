// Where the page's probe posts: the local sandbox (real posts, signed with its demo key) when the
// builder targets it, else the dry run. A real bucket through CORS is the CLI's (README).
import { createDryRunTarget, createPostingTarget, type ProbeTarget } from '../../oss/index.ts';
import type { SandboxInfo } from '../remote/sandbox-info.ts';

/** The largest file the page posts for a probe; a bigger one is judged by the dry run. */
const PAGE_PROBE_MAX_BYTES = 16 * 1024 * 1024;

/** Where the sandbox removes what a probe stored (src/sandbox/probe/probe-cleanup.ts). */
const PROBE_CLEANUP_URL = '/__sandbox/probe-cleanup';

/**
 * Posts each probe to the sandbox beside the page, as a browser form post; `cleanup` then removes
 * every object the probes stored, so no probe leaves one behind (a target serves one run).
 */
export function createSandboxTarget(
  info: SandboxInfo,
): ProbeTarget & { cleanup: () => Promise<void> } {
  const { stored, ...target } = createPostingTarget({
    kind: 'sandbox',
    bucket: info.bucket,
    region: info.region,
    key: { accessKeyId: info.accessKeyId, accessKeySecret: info.accessKeySecret },
    bucketUrl: () => info.endpoint,
    maxPostBytes: PAGE_PROBE_MAX_BYTES,
    send: (url, body) => fetch(url, { method: 'POST', body, redirect: 'manual' }),
  });
  return {
    ...target,
    cleanup: async () => {
      const keys = stored();
      if (keys.length === 0) return;
      await fetch(PROBE_CLEANUP_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ keys }),
      }).catch(() => undefined);
    },
  };
}

/** The dry run for the builder's bucket and region. */
export function createPageDryRun(bucket: string, region: string): ProbeTarget {
  return createDryRunTarget({ bucket, region });
}
