// The CORS rules this tool recommends and the sandbox starts with (docs/oss-rules.md, "CORS").
// https://www.alibabacloud.com/help/en/oss/user-guide/configure-cross-origin-resource-sharing

import type { CorsRule } from './cors-types.ts';

/**
 * Response headers a PostObject page needs to read: browsers hide all but a few unless exposed.
 * `Date` lets the page estimate how far its clock is from OSS's (expired policies and V4's skew
 * window, `V4_MAX_SKEW_MS` in limits.ts, are clock problems more often than not).
 *
 * @example
 * CORS_EXPOSE_HEADERS.includes('x-oss-request-id') // true
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/configure-cross-origin-resource-sharing
 */
export const CORS_EXPOSE_HEADERS: readonly string[] = [
  'ETag',
  'x-oss-request-id',
  'x-oss-ec',
  'x-oss-hash-crc64ecma',
  'Date',
];

/**
 * The sandbox's default rule: any origin, POST/GET/HEAD, any request header, the upload headers exposed.
 *
 * @example
 * DEFAULT_SANDBOX_CORS_RULE.allowedMethods // ['POST', 'GET', 'HEAD']
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/configure-cross-origin-resource-sharing
 */
export const DEFAULT_SANDBOX_CORS_RULE: CorsRule = Object.freeze({
  allowedOrigins: ['*'],
  allowedMethods: ['POST', 'GET', 'HEAD'],
  allowedHeaders: ['*'],
  exposeHeaders: [...CORS_EXPOSE_HEADERS],
});

/**
 * A rule for one page origin: POST to upload, GET/HEAD to read back, any request header (progress
 * listeners and custom headers cause a preflight), the upload headers exposed, preflights cached 10 min.
 *
 * @example
 * corsRuleForOrigin('http://localhost:5173').allowedOrigins // ['http://localhost:5173']
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/configure-cross-origin-resource-sharing
 */
export function corsRuleForOrigin(origin: string): CorsRule {
  return {
    allowedOrigins: [origin.trim().replace(/\/+$/, '')],
    allowedMethods: ['POST', 'GET', 'HEAD'],
    allowedHeaders: ['*'],
    exposeHeaders: [...CORS_EXPOSE_HEADERS],
    maxAgeSeconds: 600,
  };
}
