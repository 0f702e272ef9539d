import { z } from 'zod/mini';
import { PageError } from '../page-errors/page-error.ts';

const stsCredentialsSchema = z.object({
  AccessKeyId: z.string().check(z.minLength(1)),
  AccessKeySecret: z.string().check(z.minLength(1)),
  SecurityToken: z.string().check(z.minLength(1)),
  Expiration: z.optional(z.string()),
});

/** Temporary credentials from an STS-style endpoint. */
export interface TemporaryCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken: string;
  expiration?: string;
}

export type StsReading =
  { ok: true; value: TemporaryCredentials } | { ok: false; error: PageError<'stsNoCredentials'> };

const CAMEL_TO_PASCAL: Record<string, string> = {
  accessKeyId: 'AccessKeyId',
  accessKeySecret: 'AccessKeySecret',
  securityToken: 'SecurityToken',
  expiration: 'Expiration',
  stsToken: 'SecurityToken',
};

function pascalCase(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([name, value]) => [CAMEL_TO_PASCAL[name] ?? name, value]),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads the common STS JSON shapes: `AccessKeyId / AccessKeySecret / SecurityToken / Expiration`
 * at the top level, or nested under `Credentials` (STS AssumeRole), also under `data`, and the
 * camelCase spelling ali-oss samples use (`accessKeyId`, `stsToken`, …).
 */
export function readStsResponse(json: unknown): StsReading {
  const candidates: unknown[] = [json];
  if (isRecord(json)) {
    for (const name of ['Credentials', 'credentials', 'data', 'Data']) {
      candidates.push(json[name]);
      if (isRecord(json[name])) {
        const inner = json[name] as Record<string, unknown>;
        candidates.push(inner.Credentials, inner.credentials);
      }
    }
  }
  for (const candidate of candidates) {
    if (!isRecord(candidate)) continue;
    const parsed = stsCredentialsSchema.safeParse(pascalCase(candidate));
    if (parsed.success) {
      return {
        ok: true,
        value: {
          accessKeyId: parsed.data.AccessKeyId,
          accessKeySecret: parsed.data.AccessKeySecret,
          securityToken: parsed.data.SecurityToken,
          ...(parsed.data.Expiration ? { expiration: parsed.data.Expiration } : {}),
        },
      };
    }
  }
  return { ok: false, error: new PageError('stsNoCredentials', {}) };
}

export interface StsRequest {
  url: string;
  method: 'GET' | 'POST';
}

/** Fetches temporary credentials from the user's own endpoint (nothing secret is sent). */
export async function fetchTemporaryCredentials(
  request: StsRequest,
): Promise<TemporaryCredentials> {
  let response: Response;
  try {
    response = await fetch(request.url, { method: request.method, cache: 'no-store' });
  } catch {
    throw new PageError('stsUnreachable', { url: request.url });
  }
  const text = await response.text();
  if (!response.ok) {
    const body = text.slice(0, 200);
    throw new PageError('stsHttp', { url: request.url, status: response.status, body });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PageError('stsNotJson', { url: request.url, body: text.slice(0, 200) });
  }
  const reading = readStsResponse(json);
  if (!reading.ok) throw reading.error;
  return reading.value;
}
