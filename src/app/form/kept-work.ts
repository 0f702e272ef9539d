import type { SandboxInfo } from '../remote/sandbox-info.ts';
import { fromShareState, toShareState } from '../interchange/share-values.ts';
import { INTERCHANGE_TOOLS_TEXTS } from '../interchange/texts-en.ts';
import type { BuilderValues } from './builder-schema.ts';
import { KEPT_WORK_KEY } from './kept-work-key.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

/** The form as kept: what a share link carries, so the secret and the STS token never are. */
export function keepWork(values: BuilderValues): string {
  return JSON.stringify({ version: 1, values: toShareState(values) });
}

/**
 * The kept form read back over `base`, part by part (a part in another shape keeps `base`'s), with
 * an empty secret and token; null when nothing (readable) was kept. The text is hostile: a tab of
 * another version or a hand edit may have written it.
 */
export function readKeptWork(text: string | null, base: BuilderValues): BuilderValues | null {
  if (!text) return null;
  let kept: unknown;
  try {
    kept = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof kept !== 'object' || kept === null || !('values' in kept)) return null;
  const { values } = kept as { values: unknown };
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return null;
  return fromShareState(values as Record<string, unknown>, base, textsNow(INTERCHANGE_TOOLS_TEXTS))
    .values;
}

/**
 * The kept form once the sandbox answered: a form aimed at the sandbox follows where it runs now
 * (its port may have changed) and, signed with its demo AccessKey ID, gets its public demo secret
 * back; any other secret stays empty for the user to type.
 */
export function keptOnSandbox(kept: BuilderValues, sandbox: SandboxInfo): BuilderValues {
  if (kept.target.mode !== 'sandbox') return kept;
  const demoKey = kept.credentials.accessKeyId.trim() === sandbox.accessKeyId;
  return {
    ...kept,
    target: {
      mode: 'sandbox',
      endpoint: sandbox.endpoint,
      bucket: sandbox.bucket,
      region: sandbox.region,
    },
    credentials: demoKey
      ? { ...kept.credentials, accessKeySecret: sandbox.accessKeySecret }
      : kept.credentials,
  };
}

/** Reads the kept form from this browser's storage (null when blocked or empty). */
export function loadKeptWork(base: BuilderValues): BuilderValues | null {
  try {
    return readKeptWork(globalThis.localStorage?.getItem(KEPT_WORK_KEY) ?? null, base);
  } catch {
    return null; // storage blocked (privacy mode): nothing was kept
  }
}

/** Keeps the form in this browser's storage (silently not, when storage is blocked or full). */
export function storeKeptWork(values: BuilderValues): void {
  try {
    globalThis.localStorage?.setItem(KEPT_WORK_KEY, keepWork(values));
  } catch {
    // storage blocked or full: the work lasts for this visit
  }
}

/** Forgets the kept form ("Start over"). */
export function forgetKeptWork(): void {
  try {
    globalThis.localStorage?.removeItem(KEPT_WORK_KEY);
  } catch {
    // storage blocked: nothing was kept
  }
}
