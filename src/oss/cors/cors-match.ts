// Matching a cross-origin request against a bucket's CORS rules the way OSS does: the first rule
// whose origins, methods and headers all admit the request wins.
// https://www.alibabacloud.com/help/en/oss/user-guide/configure-cross-origin-resource-sharing

import type { CorsRequest, CorsRule } from './cors-types.ts';

/**
 * True when `value` matches `pattern`, where the pattern may hold one `*` standing for any run of
 * characters (including none). `caseless` compares without regard to case.
 *
 * @example
 * matchWildcard('https://*.example.com', 'https://app.example.com') // true
 * matchWildcard('x-oss-*', 'X-OSS-META-A', true) // true
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/configure-cross-origin-resource-sharing
 */
export function matchWildcard(pattern: string, value: string, caseless = false): boolean {
  const p = caseless ? pattern.toLowerCase() : pattern;
  const v = caseless ? value.toLowerCase() : value;
  const star = p.indexOf('*');
  if (star < 0) return p === v;
  const head = p.slice(0, star);
  const tail = p.slice(star + 1);
  return v.length >= head.length + tail.length && v.startsWith(head) && v.endsWith(tail);
}

/**
 * True when one rule admits the request: the origin matches an AllowedOrigin, the method is an
 * AllowedMethod, and every requested header matches an AllowedHeader (case-insensitive).
 *
 * @example
 * corsRuleAllows(
 *   { allowedOrigins: ['*'], allowedMethods: ['POST'], allowedHeaders: [], exposeHeaders: [] },
 *   { origin: 'http://localhost:5173', method: 'POST' },
 * ) // true
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/configure-cross-origin-resource-sharing
 */
export function corsRuleAllows(rule: CorsRule, request: CorsRequest): boolean {
  const method = request.method.trim().toUpperCase();
  return (
    rule.allowedOrigins.some((pattern) => matchWildcard(pattern, request.origin)) &&
    rule.allowedMethods.some((allowed) => allowed.toUpperCase() === method) &&
    (request.requestHeaders ?? [])
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .every((name) => rule.allowedHeaders.some((pattern) => matchWildcard(pattern, name, true)))
  );
}

/**
 * The first rule that admits the request, or null (OSS then answers 403 AccessForbidden).
 *
 * @example
 * findCorsRule([DEFAULT_SANDBOX_CORS_RULE], { origin: 'https://a.test', method: 'PUT' }) // null
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/configure-cross-origin-resource-sharing
 */
export function findCorsRule(rules: readonly CorsRule[], request: CorsRequest): CorsRule | null {
  return rules.find((rule) => corsRuleAllows(rule, request)) ?? null;
}

/**
 * Splits an Access-Control-Request-Headers value into header names.
 *
 * @example
 * splitHeaderList('content-type, X-Oss-Meta-A') // ['content-type', 'X-Oss-Meta-A']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/options
 */
export function splitHeaderList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
