// Bucket CORS for the sandbox, on the core's pure rules (parse, render, preflight, actual headers):
// this file only adapts them to OSS error bodies and holds the sandbox's default configuration.
// https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors
import {
  answerCorsPreflight,
  corsResponseHeaders,
  DEFAULT_SANDBOX_CORS_RULE,
  parseCorsConfiguration,
  renderCorsConfigurationXml,
  type CorsConfiguration,
} from '../oss/index.ts';
import type { OssErrorBody } from './oss-error.ts';

export type { CorsConfiguration };

/** The sandbox's rule until PUT /?cors replaces it: any origin may POST/GET/HEAD, so the page works against a fresh sandbox. */
export const DEFAULT_CORS: CorsConfiguration = { rules: [DEFAULT_SANDBOX_CORS_RULE] };

/** Reads OSS's CORSConfiguration XML, or the error PutBucketCors answers for it. */
export function parseCorsXml(
  xml: string,
): { ok: true; config: CorsConfiguration } | { ok: false; error: OssErrorBody } {
  const parsed = parseCorsConfiguration(xml);
  if (parsed.ok) return { ok: true, config: parsed.value };
  const oss = parsed.issues.find((issue) => issue.oss?.code === 'CORSRuleBeyondLimit')?.oss ??
    parsed.issues[0]?.oss ?? { code: 'MalformedXML', message: parsed.issues[0]?.message ?? '' };
  return { ok: false, error: { status: 400, code: oss.code, message: oss.message } };
}

/** The CORSConfiguration XML GET /?cors answers. */
export function renderCorsXml(config: CorsConfiguration): string {
  return renderCorsConfigurationXml(config);
}

/** Headers for an actual (non-preflight) answer to `origin`; none when no rule admits it. */
export function actualCorsHeaders(
  config: CorsConfiguration,
  origin: string | undefined,
  method: string,
): Record<string, string> {
  return corsResponseHeaders(
    config.rules,
    { origin, method },
    { responseVary: config.responseVary },
  );
}

/** OSS's answer to a preflight OPTIONS: the headers of the matching rule, or its error. */
export function answerPreflight(
  config: CorsConfiguration,
  origin: string | undefined,
  method: string | undefined,
  requestHeaders: string | undefined,
): { ok: true; headers: Record<string, string> } | { ok: false; error: OssErrorBody } {
  const answer = answerCorsPreflight(
    config.rules,
    { origin, accessControlRequestMethod: method, accessControlRequestHeaders: requestHeaders },
    { responseVary: config.responseVary },
  );
  if (answer.ok) return { ok: true, headers: answer.headers };
  return {
    ok: false,
    error: { status: answer.status, code: answer.code, message: answer.message },
  };
}
