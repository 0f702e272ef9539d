// What OSS answers to cross-origin requests: the preflight (OPTIONS) verdict with its headers or its
// error, and the CORS headers added to an actual request. The sandbox serves these.
// https://www.alibabacloud.com/help/en/oss/developer-reference/options

import { CORS_NOT_ALLOWED_MESSAGE } from '../errors/catalog/postobject.ts';
import { findCorsRule, splitHeaderList } from './cors-match.ts';
import type { CorsRule } from './cors-types.ts';

/**
 * OSS's CORS error messages (BadRequest 400 for an incomplete preflight, AccessForbidden 403 otherwise).
 * `notEnabled` (no CORS configuration at all) follows the S3-compatible wording; it is not in the OSS
 * error reference.
 *
 * @example
 * CORS_ERROR_MESSAGES.originNeeded // 'Insufficient information. Origin request header needed'
 * @see https://www.alibabacloud.com/help/en/oss/support/http-status-code-400
 */
export const CORS_ERROR_MESSAGES = {
  originNeeded: 'Insufficient information. Origin request header needed',
  methodNeeded: 'Insufficient information. Request Access-Control-Request-Method header needed',
  notAllowed: CORS_NOT_ALLOWED_MESSAGE,
  notEnabled: 'CORSResponse: CORS is not enabled for this bucket.',
} as const;

/**
 * A preflight as it arrives: the values of its Origin and Access-Control-Request-* headers.
 *
 * @example
 * const preflight: CorsPreflight = { origin: 'http://localhost:5173',
 *   accessControlRequestMethod: 'POST', accessControlRequestHeaders: 'content-type' };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/options
 */
export interface CorsPreflight {
  origin?: string;
  accessControlRequestMethod?: string;
  accessControlRequestHeaders?: string;
}

/**
 * The preflight verdict: 200 with CORS headers and the rule that matched, or an OSS error.
 *
 * @example
 * const refused: CorsPreflightAnswer = { ok: false, status: 400, code: 'BadRequest',
 *   message: CORS_ERROR_MESSAGES.originNeeded };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/options
 */
export type CorsPreflightAnswer =
  | { ok: true; status: 200; headers: Record<string, string>; rule: CorsRule }
  | { ok: false; status: 400 | 403; code: 'BadRequest' | 'AccessForbidden'; message: string };

/**
 * Judges a preflight like OSS: no Origin → 400 BadRequest; no Access-Control-Request-Method → 400
 * BadRequest; no rules → 403 AccessForbidden (CORS not enabled); no matching rule → 403
 * AccessForbidden; else 200 with Access-Control-Allow-Origin/-Methods/-Headers/-Expose-Headers/-Max-Age
 * from the first matching rule.
 *
 * @example
 * answerCorsPreflight([DEFAULT_SANDBOX_CORS_RULE], {
 *   origin: 'http://localhost:5173', accessControlRequestMethod: 'POST',
 * }).status // 200
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/options
 */
export function answerCorsPreflight(
  rules: readonly CorsRule[] | null,
  preflight: CorsPreflight,
  options: { responseVary?: boolean } = {},
): CorsPreflightAnswer {
  const origin = preflight.origin?.trim() ?? '';
  const method = preflight.accessControlRequestMethod?.trim() ?? '';
  if (origin === '') return refuse(400, 'BadRequest', CORS_ERROR_MESSAGES.originNeeded);
  if (method === '') return refuse(400, 'BadRequest', CORS_ERROR_MESSAGES.methodNeeded);
  if (rules === null || rules.length === 0) {
    return refuse(403, 'AccessForbidden', CORS_ERROR_MESSAGES.notEnabled);
  }
  const requestHeaders = splitHeaderList(preflight.accessControlRequestHeaders);
  const rule = findCorsRule(rules, { origin, method, requestHeaders });
  if (rule === null) return refuse(403, 'AccessForbidden', CORS_ERROR_MESSAGES.notAllowed);
  const headers = allowHeaders(rule, origin, options.responseVary);
  headers['Access-Control-Allow-Methods'] = rule.allowedMethods.join(', ');
  if (requestHeaders.length > 0) {
    headers['Access-Control-Allow-Headers'] = requestHeaders.join(', ');
  }
  if (rule.maxAgeSeconds !== undefined) {
    headers['Access-Control-Max-Age'] = String(rule.maxAgeSeconds);
  }
  return { ok: true, status: 200, headers, rule };
}

/**
 * The CORS headers OSS adds to an actual (non-preflight) request: those of the first rule that admits
 * the origin and method, or none — OSS still serves the request, and the browser withholds the answer.
 *
 * @example
 * corsResponseHeaders([DEFAULT_SANDBOX_CORS_RULE], { origin: 'http://localhost:5173', method: 'POST' })
 * // { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'POST, GET, HEAD',
 * //   'Access-Control-Expose-Headers': 'ETag, x-oss-request-id, x-oss-ec, x-oss-hash-crc64ecma, Date' }
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/configure-cross-origin-resource-sharing
 */
export function corsResponseHeaders(
  rules: readonly CorsRule[] | null,
  request: { origin?: string; method: string },
  options: { responseVary?: boolean } = {},
): Record<string, string> {
  const origin = request.origin?.trim() ?? '';
  if (origin === '' || rules === null) return {};
  const rule = findCorsRule(rules, { origin, method: request.method });
  if (rule === null) return {};
  const headers = allowHeaders(rule, origin, options.responseVary);
  headers['Access-Control-Allow-Methods'] = rule.allowedMethods.join(', ');
  if (rule.maxAgeSeconds !== undefined) {
    headers['Access-Control-Max-Age'] = String(rule.maxAgeSeconds);
  }
  return headers;
}

/** Allow-Origin (`*` for a bare `*` rule, else the request origin), Expose-Headers and Vary. */
function allowHeaders(
  rule: CorsRule,
  origin: string,
  responseVary: boolean | undefined,
): Record<string, string> {
  const wildcard = rule.allowedOrigins.includes('*');
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': wildcard ? '*' : origin,
  };
  if (rule.exposeHeaders.length > 0) {
    headers['Access-Control-Expose-Headers'] = rule.exposeHeaders.join(', ');
  }
  if (!wildcard || responseVary === true) headers.Vary = 'Origin';
  return headers;
}

function refuse(
  status: 400 | 403,
  code: 'BadRequest' | 'AccessForbidden',
  message: string,
): CorsPreflightAnswer {
  return { ok: false, status, code, message };
}
