// A probe target that posts for real over HTTP from Node: the sandbox, or a real bucket
// (createPostingTarget in the core, with Node's fetch).
import {
  createPostingTarget,
  type PostingTargetOptions,
  type ProbeTarget,
} from '../../oss/index.ts';

export type HttpTargetOptions = Omit<PostingTargetOptions, 'send'>;

/** The largest file a probe posts over HTTP; a bigger one (OSS's 5 GB) is judged by the dry run. */
export const PROBE_POST_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Posts each probe for real. A real bucket keeps what the probes stored (listed for cleanup); the
 * sandbox's probe data is removed with it.
 */
export function createHttpTarget(options: HttpTargetOptions): ProbeTarget {
  const { stored, ...target } = createPostingTarget({
    ...options,
    send: (url, body) => fetch(url, { method: 'POST', body, redirect: 'manual' }),
  });
  return options.kind === 'bucket' ? { ...target, stored } : target;
}
