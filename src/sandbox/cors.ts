// Bucket CORS as OSS does it: CORSConfiguration XML (PUT/GET/DELETE /?cors), preflight matching with
// the first matching rule, OSS's preflight errors, and allow/expose headers on actual responses.
// https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors
import type { OssErrorBody } from './oss-error.ts';

export interface CorsRule {
  allowedOrigins: string[];
  allowedMethods: string[];
  allowedHeaders: string[];
  exposeHeaders: string[];
  maxAgeSeconds?: number;
}

export interface CorsConfiguration {
  rules: CorsRule[];
  responseVary: boolean;
}

export const MAX_CORS_RULES = 10;
const METHODS = ['GET', 'PUT', 'DELETE', 'POST', 'HEAD'];

/** The sandbox's rule until PUT /?cors replaces it: any origin may POST/GET/HEAD (design.md). */
export const DEFAULT_CORS: CorsConfiguration = {
  rules: [
    {
      allowedOrigins: ['*'],
      allowedMethods: ['POST', 'GET', 'HEAD'],
      allowedHeaders: ['*'],
      exposeHeaders: ['ETag', 'x-oss-request-id', 'x-oss-ec', 'x-oss-hash-crc64ecma'],
    },
  ],
  responseVary: false,
};

const MALFORMED_XML: OssErrorBody = {
  status: 400,
  code: 'MalformedXML',
  message:
    'The XML you provided was not well-formed or did not validate against our published schema.',
};

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

function children(xml: string, name: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g');
  for (const match of xml.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** Reads OSS's CORSConfiguration XML, or the error OSS answers for it. */
export function parseCorsXml(
  xml: string,
): { ok: true; config: CorsConfiguration } | { ok: false; error: OssErrorBody } {
  const root = children(xml, 'CORSConfiguration');
  if (root.length !== 1) return { ok: false, error: MALFORMED_XML };
  const ruleTexts = children(root[0], 'CORSRule');
  if (ruleTexts.length === 0) return { ok: false, error: MALFORMED_XML };
  if (ruleTexts.length > MAX_CORS_RULES) {
    return {
      ok: false,
      error: {
        status: 400,
        code: 'CORSRuleBeyondLimit',
        message: 'The CORS Rules num is beyond limit',
      },
    };
  }
  const rules: CorsRule[] = [];
  for (const text of ruleTexts) {
    const rule: CorsRule = {
      allowedOrigins: children(text, 'AllowedOrigin').map(unescapeXml),
      allowedMethods: children(text, 'AllowedMethod').map(unescapeXml),
      allowedHeaders: children(text, 'AllowedHeader').map(unescapeXml),
      exposeHeaders: children(text, 'ExposeHeader').map(unescapeXml),
    };
    const maxAge = children(text, 'MaxAgeSeconds').map(unescapeXml)[0];
    if (maxAge !== undefined) {
      if (!/^\d+$/.test(maxAge)) return { ok: false, error: MALFORMED_XML };
      rule.maxAgeSeconds = Number(maxAge);
    }
    const badMethod = rule.allowedMethods.find((m) => !METHODS.includes(m));
    const tooManyStars = [...rule.allowedOrigins, ...rule.allowedHeaders].some(
      (v) => (v.match(/\*/g) ?? []).length > 1,
    );
    if (rule.allowedOrigins.length === 0 || rule.allowedMethods.length === 0 || tooManyStars) {
      return { ok: false, error: MALFORMED_XML };
    }
    if (badMethod !== undefined || rule.exposeHeaders.some((h) => h.includes('*'))) {
      return {
        ok: false,
        error: {
          status: 400,
          code: 'InvalidArgument',
          message: badMethod ? `Unsupported method ${badMethod}` : 'ExposeHeader can not contain *',
        },
      };
    }
    rules.push(rule);
  }
  const vary = children(root[0], 'ResponseVary').map(unescapeXml)[0];
  return { ok: true, config: { rules, responseVary: vary === 'true' } };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The CORSConfiguration XML GET /?cors answers. */
export function renderCorsXml(config: CorsConfiguration): string {
  const element = (name: string, value: string) => `    <${name}>${escapeXml(value)}</${name}>`;
  const rules = config.rules.map((rule) =>
    [
      '  <CORSRule>',
      ...rule.allowedOrigins.map((v) => element('AllowedOrigin', v)),
      ...rule.allowedMethods.map((v) => element('AllowedMethod', v)),
      ...rule.allowedHeaders.map((v) => element('AllowedHeader', v)),
      ...rule.exposeHeaders.map((v) => element('ExposeHeader', v)),
      ...(rule.maxAgeSeconds !== undefined
        ? [element('MaxAgeSeconds', String(rule.maxAgeSeconds))]
        : []),
      '  </CORSRule>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<CORSConfiguration>',
    ...rules,
    `  <ResponseVary>${config.responseVary}</ResponseVary>`,
    '</CORSConfiguration>',
    '',
  ].join('\n');
}

/** Does a pattern with at most one `*` match the text (case-insensitively for headers)? */
export function matchWildcard(pattern: string, text: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const t = ignoreCase ? text.toLowerCase() : text;
  const star = p.indexOf('*');
  if (star < 0) return p === t;
  const head = p.slice(0, star);
  const tail = p.slice(star + 1);
  return t.length >= head.length + tail.length && t.startsWith(head) && t.endsWith(tail);
}

/** The first rule allowing this origin, method and request headers. */
export function findCorsRule(
  config: CorsConfiguration,
  origin: string,
  method: string,
  requestHeaders: readonly string[] = [],
): CorsRule | undefined {
  return config.rules.find(
    (rule) =>
      rule.allowedOrigins.some((o) => matchWildcard(o, origin)) &&
      rule.allowedMethods.includes(method.toUpperCase()) &&
      requestHeaders.every((h) => rule.allowedHeaders.some((a) => matchWildcard(a, h, true))),
  );
}

/** Headers for an actual (non-preflight) response from `origin`; empty when no rule matches. */
export function actualCorsHeaders(
  config: CorsConfiguration,
  origin: string | undefined,
  method: string,
): Record<string, string> {
  const vary: Record<string, string> = config.responseVary ? { Vary: 'Origin' } : {};
  if (!origin) return vary;
  const rule = findCorsRule(config, origin, method);
  if (!rule) return vary;
  return {
    ...vary,
    'Access-Control-Allow-Origin': rule.allowedOrigins.includes('*') ? '*' : origin,
    'Access-Control-Allow-Methods': rule.allowedMethods.join(', '),
    ...(rule.exposeHeaders.length
      ? { 'Access-Control-Expose-Headers': rule.exposeHeaders.join(', ') }
      : {}),
    ...(rule.maxAgeSeconds !== undefined
      ? { 'Access-Control-Max-Age': String(rule.maxAgeSeconds) }
      : {}),
  };
}

/** OSS's answer to a preflight OPTIONS: the headers of the matching rule, or its error. */
export function answerPreflight(
  config: CorsConfiguration,
  origin: string | undefined,
  method: string | undefined,
  requestHeaders: string | undefined,
): { ok: true; headers: Record<string, string> } | { ok: false; error: OssErrorBody } {
  if (!origin) {
    return {
      ok: false,
      error: {
        status: 400,
        code: 'BadRequest',
        message: 'Insufficient information. Origin request header needed',
      },
    };
  }
  if (!method) {
    return {
      ok: false,
      error: {
        status: 400,
        code: 'BadRequest',
        message: 'Insufficient information. Request Access-Control-Request-Method header neede',
      },
    };
  }
  const headers = (requestHeaders ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const rule = findCorsRule(config, origin, method, headers);
  if (!rule) {
    return {
      ok: false,
      error: {
        status: 403,
        code: 'AccessForbidden',
        message:
          "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Requet-Headers are not whitelisted by the resource's CORS spec.",
      },
    };
  }
  return {
    ok: true,
    headers: {
      ...(config.responseVary ? { Vary: 'Origin' } : {}),
      'Access-Control-Allow-Origin': rule.allowedOrigins.includes('*') ? '*' : origin,
      'Access-Control-Allow-Methods': rule.allowedMethods.join(', '),
      ...(headers.length ? { 'Access-Control-Allow-Headers': headers.join(', ') } : {}),
      ...(rule.exposeHeaders.length
        ? { 'Access-Control-Expose-Headers': rule.exposeHeaders.join(', ') }
        : {}),
      ...(rule.maxAgeSeconds !== undefined
        ? { 'Access-Control-Max-Age': String(rule.maxAgeSeconds) }
        : {}),
    },
  };
}
