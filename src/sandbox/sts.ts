// Temporary STS-style credentials the sandbox issues at POST /__sandbox/sts; the PostObject judge
// accepts them (with their token) until they expire.
import { randomBytes } from 'node:crypto';
import type { KnownAccessKey } from '../oss/index.ts';

export const STS_DEFAULT_SECONDS = 3600;
// Real STS starts at 900 s; the sandbox also issues shorter ones so a page's expiry handling can be tried.
export const STS_MIN_SECONDS = 1;
export const STS_MAX_SECONDS = 43200;

export interface StsCredentials {
  AccessKeyId: string;
  AccessKeySecret: string;
  SecurityToken: string;
  Expiration: string;
}

export interface StsIssuer {
  issue: (seconds: number, now?: Date) => StsCredentials;
  lookup: (accessKeyId: string) => KnownAccessKey | undefined;
}

function token(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** Keeps the issued credentials in memory (a restart forgets them, as tokens would expire anyway). */
export function createStsIssuer(): StsIssuer {
  const issued = new Map<string, KnownAccessKey>();
  return {
    issue(seconds, now = new Date()) {
      const expiresAt = new Date(now.getTime() + seconds * 1000);
      const key: KnownAccessKey = {
        accessKeyId: `STS.${token(18)}`,
        accessKeySecret: token(30),
        securityToken: `CAIS${token(96)}`,
        expiresAt,
      };
      issued.set(key.accessKeyId, key);
      return {
        AccessKeyId: key.accessKeyId,
        AccessKeySecret: key.accessKeySecret,
        SecurityToken: key.securityToken ?? '',
        Expiration: expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      };
    },
    lookup: (accessKeyId) => issued.get(accessKeyId),
  };
}

/**
 * The lifetime asked for in the request body (`{"durationSeconds": 900}`, `DurationSeconds`, or a
 * form `DurationSeconds=900`), or a message saying what is wrong.
 */
export function readStsDuration(
  body: string,
): { ok: true; seconds: number } | { ok: false; message: string } {
  const text = body.trim();
  if (text === '') return { ok: true, seconds: STS_DEFAULT_SECONDS };
  let raw: unknown;
  if (text.startsWith('{')) {
    try {
      const json = JSON.parse(text) as Record<string, unknown>;
      raw = json.durationSeconds ?? json.DurationSeconds;
    } catch {
      return { ok: false, message: 'The body is not JSON; send e.g. {"durationSeconds": 3600}.' };
    }
  } else {
    const params = new URLSearchParams(text);
    raw = params.get('DurationSeconds') ?? params.get('durationSeconds') ?? undefined;
  }
  if (raw === undefined) return { ok: true, seconds: STS_DEFAULT_SECONDS };
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < STS_MIN_SECONDS || seconds > STS_MAX_SECONDS) {
    return {
      ok: false,
      message: `durationSeconds must be an integer from ${STS_MIN_SECONDS} to ${STS_MAX_SECONDS}; got ${JSON.stringify(raw)}.`,
    };
  }
  return { ok: true, seconds };
}
