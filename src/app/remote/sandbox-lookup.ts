// The local sandbox's one lookup, with no React in it: main.tsx (the page's first script) asks and
// signs with the answer before the app's own script has arrived; sandbox-info.ts
// gives the same answer to components.
import { z } from 'zod/mini';

// The local sandbox announces itself same-origin at /__sandbox/info (README.md, "The sandbox").
const sandboxInfoSchema = z.looseObject({
  endpoint: z.optional(z.string()),
  endpoints: z.optional(z.unknown()),
  bucket: z.string(),
  region: z.string(),
  accessKeyId: z.string(),
  accessKeySecret: z.string(),
  /** The account the sandbox plays (--account-created); older sandboxes do not say. */
  account: z.optional(
    z.looseObject({
      created: z.string(),
      v1Allowed: z.boolean(),
      defaultEndpointForbidden: z.boolean(),
    }),
  ),
});

export interface SandboxInfo {
  /** Where the page posts: the sandbox's bucket URL. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  /** A demo secret, known to anyone who runs the sandbox. */
  accessKeySecret: string;
  /** The account it plays: the day it opened OSS and what that day allows. */
  account?: { created: string; v1Allowed: boolean; defaultEndpointForbidden: boolean };
}

function firstUrl(value: unknown): string | undefined {
  if (typeof value === 'string' && /^https?:\/\//.test(value)) return value;
  if (Array.isArray(value)) return value.map(firstUrl).find(Boolean);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return firstUrl(record.pathStyle) ?? Object.values(record).map(firstUrl).find(Boolean);
  }
  return undefined;
}

/** Reads /__sandbox/info; null when the JSON is not the sandbox's. */
export function readSandboxInfo(json: unknown): SandboxInfo | null {
  const parsed = sandboxInfoSchema.safeParse(json);
  if (!parsed.success) return null;
  const endpoint = firstUrl(parsed.data.endpoint) ?? firstUrl(parsed.data.endpoints);
  if (!endpoint) return null;
  const { bucket, region, accessKeyId, accessKeySecret, account } = parsed.data;
  return {
    endpoint: endpoint.replace(/\/+$/, ''),
    bucket,
    region,
    accessKeyId,
    accessKeySecret,
    ...(account
      ? {
          account: {
            created: account.created,
            v1Allowed: account.v1Allowed,
            defaultEndpointForbidden: account.defaultEndpointForbidden,
          },
        }
      : {}),
  };
}

/**
 * The sandbox beside this page, or null when the page is served without one. index.html preloads
 * the same URL while the script downloads, so this fetch takes that answer.
 */
export async function fetchSandboxInfo(): Promise<SandboxInfo | null> {
  try {
    const response = await fetch('/__sandbox/info');
    if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return null;
    return readSandboxInfo(await response.json());
  } catch {
    return null;
  }
}

let lookup: Promise<SandboxInfo | null> | undefined;
let answered: { info: SandboxInfo | null } | undefined;

/** Asks /__sandbox/info once per page load; every caller shares that one answer. */
export function lookUpSandbox(): Promise<SandboxInfo | null> {
  lookup ??= fetchSandboxInfo().then((info) => {
    answered = { info };
    return info;
  });
  return lookup;
}

/**
 * Resolves when the sandbox has answered or `ms` have passed, whichever comes first: the page
 * waits this long before its first render, so it starts from the sandbox's values instead of
 * changing them under the user's eyes (main.tsx).
 */
export function waitForSandbox(ms: number): Promise<void> {
  return Promise.race([
    lookUpSandbox().then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, ms)),
  ]);
}

/** The sandbox's answer if it has come (null: no sandbox), undefined while it has not. */
export function sandboxAnswer(): SandboxInfo | null | undefined {
  return answered?.info;
}
