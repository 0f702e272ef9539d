import { describe, expect, it } from 'vitest';
import { answerCorsPreflight, CORS_ERROR_MESSAGES, corsResponseHeaders } from './cors-answer.ts';
import { corsRuleForOrigin, DEFAULT_SANDBOX_CORS_RULE } from './cors-default.ts';
import type { CorsRule } from './cors-types.ts';
import { explainOssError } from '../errors/explain-oss-error.ts';

const PAGE = 'http://localhost:5173';
const EXPOSED = 'ETag, x-oss-request-id, x-oss-ec, x-oss-hash-crc64ecma, Date';
const NOT_ALLOWED =
  "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Requet-Headers are not whitelisted by the resource's CORS spec.";

describe('answerCorsPreflight: OSS CORS errors (docs/oss-rules.md#cors)', () => {
  const rules: CorsRule[] = [DEFAULT_SANDBOX_CORS_RULE];
  it.each([
    ['no Origin', {}, 400, 'BadRequest', 'Insufficient information. Origin request header needed'],
    [
      'blank Origin',
      { origin: ' ', accessControlRequestMethod: 'POST' },
      400,
      'BadRequest',
      'Insufficient information. Origin request header needed',
    ],
    [
      'no Access-Control-Request-Method',
      { origin: PAGE },
      400,
      'BadRequest',
      'Insufficient information. Request Access-Control-Request-Method header needed',
    ],
    [
      'method no rule allows',
      { origin: PAGE, accessControlRequestMethod: 'PUT' },
      403,
      'AccessForbidden',
      NOT_ALLOWED,
    ],
  ])('%s → %i %s', (_name, preflight, status, code, message) => {
    expect(answerCorsPreflight(rules, preflight)).toEqual({ ok: false, status, code, message });
  });

  it('no CORS configuration → 403 AccessForbidden (not enabled)', () => {
    expect(answerCorsPreflight(null, { origin: PAGE, accessControlRequestMethod: 'POST' })).toEqual(
      {
        ok: false,
        status: 403,
        code: 'AccessForbidden',
        message: CORS_ERROR_MESSAGES.notEnabled,
      },
    );
  });

  it('a header the rule does not allow → 403', () => {
    const strict = { ...corsRuleForOrigin(PAGE), allowedHeaders: ['x-oss-*'] };
    expect(
      answerCorsPreflight([strict], {
        origin: PAGE,
        accessControlRequestMethod: 'POST',
        accessControlRequestHeaders: 'x-oss-meta-a, content-type',
      }).status,
    ).toBe(403);
  });

  it('every refusal is explained by the catalog', () => {
    for (const message of [CORS_ERROR_MESSAGES.originNeeded, CORS_ERROR_MESSAGES.methodNeeded]) {
      expect(explainOssError({ code: 'BadRequest', message })?.cause).toMatch(/preflight/);
    }
    expect(explainOssError({ code: 'AccessForbidden', message: NOT_ALLOWED })?.cause).toMatch(
      /CORS rule/,
    );
  });
});

describe('answerCorsPreflight: allowed', () => {
  it('sandbox default: any origin, * allow-origin, exposed upload headers', () => {
    expect(
      answerCorsPreflight([DEFAULT_SANDBOX_CORS_RULE], {
        origin: PAGE,
        accessControlRequestMethod: 'POST',
        accessControlRequestHeaders: 'content-type',
      }),
    ).toEqual({
      ok: true,
      status: 200,
      rule: DEFAULT_SANDBOX_CORS_RULE,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'POST, GET, HEAD',
        'Access-Control-Allow-Headers': 'content-type',
        'Access-Control-Expose-Headers': EXPOSED,
      },
    });
  });

  it('page rule: echoes the origin with Vary, and the max age', () => {
    const answer = answerCorsPreflight([corsRuleForOrigin(PAGE)], {
      origin: PAGE,
      accessControlRequestMethod: 'POST',
    });
    expect(answer.ok && answer.headers).toEqual({
      'Access-Control-Allow-Origin': PAGE,
      'Access-Control-Allow-Methods': 'POST, GET, HEAD',
      'Access-Control-Expose-Headers': EXPOSED,
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    });
  });

  it('first matching rule wins', () => {
    const first = { ...corsRuleForOrigin(PAGE), exposeHeaders: ['ETag'] };
    const answer = answerCorsPreflight([first, DEFAULT_SANDBOX_CORS_RULE], {
      origin: PAGE,
      accessControlRequestMethod: 'GET',
    });
    expect(answer.ok && answer.rule).toBe(first);
  });
});

describe('corsResponseHeaders (actual requests)', () => {
  it.each([
    [
      'matching origin',
      [DEFAULT_SANDBOX_CORS_RULE],
      { origin: PAGE, method: 'POST' },
      {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'POST, GET, HEAD',
        'Access-Control-Expose-Headers': EXPOSED,
      },
    ],
    ['no Origin: not a CORS request', [DEFAULT_SANDBOX_CORS_RULE], { method: 'POST' }, {}],
    [
      'no matching rule',
      [corsRuleForOrigin('https://other.test')],
      { origin: PAGE, method: 'POST' },
      {},
    ],
    ['no configuration', null, { origin: PAGE, method: 'POST' }, {}],
  ])('%s', (_name, rules, request, headers) => {
    expect(corsResponseHeaders(rules, request)).toEqual(headers);
  });

  it('adds Vary: Origin when ResponseVary is on', () => {
    expect(
      corsResponseHeaders(
        [DEFAULT_SANDBOX_CORS_RULE],
        { origin: PAGE, method: 'GET' },
        { responseVary: true },
      ).Vary,
    ).toBe('Origin');
  });
});
