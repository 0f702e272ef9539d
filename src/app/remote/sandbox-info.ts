import { useQuery } from '@tanstack/react-query';
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

/** The sandbox beside this page, or null when the page is served without one. */
export async function fetchSandboxInfo(): Promise<SandboxInfo | null> {
  try {
    const response = await fetch('/__sandbox/info', { cache: 'no-store' });
    if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return null;
    return readSandboxInfo(await response.json());
  } catch {
    return null;
  }
}

/** react-query for `fetchSandboxInfo`: asked once per page load. */
export function useSandboxInfo() {
  return useQuery({
    queryKey: ['sandbox-info'],
    queryFn: fetchSandboxInfo,
    staleTime: Infinity,
    retry: false,
  });
}
