// The shapes of a bucket CORS configuration, as OSS's PutBucketCors XML describes it.
// https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors

/**
 * One CORSRule: who may call, how, with which headers, and what the page may read back.
 *
 * @example
 * const rule: CorsRule = { allowedOrigins: ['https://*.example.com'], allowedMethods: ['POST'],
 *   allowedHeaders: ['*'], exposeHeaders: ['ETag', 'x-oss-request-id'], maxAgeSeconds: 600 };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors
 */
export interface CorsRule {
  /** AllowedOrigin values; each holds at most one `*`, and `*` alone allows every origin. */
  allowedOrigins: string[];
  /** AllowedMethod values: GET, PUT, DELETE, POST, HEAD. */
  allowedMethods: string[];
  /** AllowedHeader values, matched case-insensitively; each may hold one `*`. */
  allowedHeaders: string[];
  /** ExposeHeader values (no wildcards). */
  exposeHeaders: string[];
  /** How long a browser may cache the preflight answer, in seconds. */
  maxAgeSeconds?: number;
}

/**
 * A bucket's CORSConfiguration: up to 10 rules, first match wins.
 *
 * @example
 * const config: CorsConfiguration = { rules: [DEFAULT_SANDBOX_CORS_RULE], responseVary: false };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors
 */
export interface CorsConfiguration {
  rules: CorsRule[];
  /** ResponseVary: whether answers carry `Vary: Origin`. */
  responseVary?: boolean;
}

/**
 * A cross-origin request as OSS sees it: the Origin, the method, the headers it will send.
 *
 * @example
 * const request: CorsRequest = { origin: 'http://localhost:5173', method: 'POST',
 *   requestHeaders: ['content-type'] };
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/options
 */
export interface CorsRequest {
  origin: string;
  method: string;
  /** Header names from Access-Control-Request-Headers (preflight) or the request itself. */
  requestHeaders?: string[];
}
