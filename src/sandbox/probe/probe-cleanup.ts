// POST /__sandbox/probe-cleanup {"keys": [...]}: the page's policy probe posts for real to the
// sandbox, then removes what it stored, so no probe leaves an object behind. Only keys in the
// probe's own folder (`oss-policy-probe/`, under any prefix) are removed.
import { PROBE_KEY_FOLDER } from '../../oss/index.ts';
import type { SandboxContext } from '../context.ts';

export const PROBE_CLEANUP_PATH = '/__sandbox/probe-cleanup';

/** Removes the probe's objects named in the JSON body; answers which were removed. */
export async function removeProbeObjects(
  ctx: SandboxContext,
  body: string,
): Promise<{ removed: string[] }> {
  let keys: unknown;
  try {
    keys = (JSON.parse(body) as { keys?: unknown }).keys;
  } catch {
    return { removed: [] };
  }
  const removed: string[] = [];
  if (!Array.isArray(keys)) return { removed };
  for (const key of keys) {
    if (typeof key !== 'string' || !key.includes(PROBE_KEY_FOLDER)) continue;
    if (await ctx.store.remove(key)) removed.push(key);
  }
  return { removed };
}
