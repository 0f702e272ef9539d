import { describe, expect, it } from 'vitest';
import { DEFAULT_SANDBOX_CORS_RULE } from './cors-default.ts';
import { corsRuleAllows, findCorsRule, matchWildcard, splitHeaderList } from './cors-match.ts';
import type { CorsRule } from './cors-types.ts';

const rule = (partial: Partial<CorsRule>): CorsRule => ({
  allowedOrigins: [],
  allowedMethods: [],
  allowedHeaders: [],
  exposeHeaders: [],
  ...partial,
});

describe('matchWildcard: one * per pattern (docs/oss-rules.md#cors)', () => {
  it.each([
    ['*', 'http://anything:1234', false, true],
    ['https://*.example.com', 'https://app.example.com', false, true],
    ['https://*.example.com', 'https://a.b.example.com', false, true],
    ['https://*.example.com', 'https://example.com', false, false],
    ['https://*.example.com', 'http://app.example.com', false, false],
    ['http://localhost:*', 'http://localhost:5173', false, true],
    ['http://localhost:5173', 'http://localhost:5173', false, true],
    ['http://localhost:5173', 'http://localhost:5174', false, false],
    ['http://localhost:5173', 'HTTP://LOCALHOST:5173', false, false],
    ['x-oss-*', 'X-OSS-META-A', true, true],
    ['x-oss-*', 'content-type', true, false],
    ['Content-Type', 'content-type', true, true],
    ['ab*ba', 'aba', false, false],
    ['ab*ba', 'abba', false, true],
  ])('%s ~ %s (caseless %s) → %s', (pattern, value, caseless, expected) => {
    expect(matchWildcard(pattern, value, caseless)).toBe(expected);
  });
});

describe('corsRuleAllows / findCorsRule', () => {
  const page = 'http://localhost:5173';
  const onlyPage = rule({
    allowedOrigins: [page],
    allowedMethods: ['POST'],
    allowedHeaders: ['x-oss-*'],
  });
  const anyGet = rule({ allowedOrigins: ['*'], allowedMethods: ['GET'], allowedHeaders: ['*'] });

  it.each([
    ['origin and method match', onlyPage, { origin: page, method: 'POST' }, true],
    ['method in lower case', onlyPage, { origin: page, method: 'post' }, true],
    ['other origin', onlyPage, { origin: 'http://localhost:4173', method: 'POST' }, false],
    [
      'origin with a path is not the origin',
      onlyPage,
      { origin: `${page}/`, method: 'POST' },
      false,
    ],
    ['method not allowed', onlyPage, { origin: page, method: 'PUT' }, false],
    [
      'allowed header by pattern',
      onlyPage,
      { origin: page, method: 'POST', requestHeaders: ['X-Oss-Meta-A'] },
      true,
    ],
    [
      'one header not allowed',
      onlyPage,
      { origin: page, method: 'POST', requestHeaders: ['x-oss-a', 'content-type'] },
      false,
    ],
    ['no headers asked', onlyPage, { origin: page, method: 'POST', requestHeaders: [] }, true],
    [
      'blank header names ignored',
      onlyPage,
      { origin: page, method: 'POST', requestHeaders: [' ', ''] },
      true,
    ],
    [
      '* header allows any',
      anyGet,
      { origin: page, method: 'GET', requestHeaders: ['anything'] },
      true,
    ],
    [
      'no AllowedHeader refuses any header',
      rule({ allowedOrigins: ['*'], allowedMethods: ['POST'] }),
      { origin: page, method: 'POST', requestHeaders: ['content-type'] },
      false,
    ],
  ])('%s', (_name, candidate, request, expected) => {
    expect(corsRuleAllows(candidate, request)).toBe(expected);
  });

  it('the first matching rule wins', () => {
    const rules = [
      anyGet,
      onlyPage,
      rule({ allowedOrigins: ['*'], allowedMethods: ['POST'], exposeHeaders: ['ETag'] }),
    ];
    expect(findCorsRule(rules, { origin: page, method: 'GET' })).toBe(anyGet);
    expect(findCorsRule(rules, { origin: page, method: 'POST' })).toBe(onlyPage);
    expect(findCorsRule(rules, { origin: 'https://other.test', method: 'POST' })).toBe(rules[2]);
    expect(findCorsRule(rules, { origin: page, method: 'DELETE' })).toBeNull();
    expect(findCorsRule([], { origin: page, method: 'GET' })).toBeNull();
  });

  it.each([
    ['POST', true],
    ['GET', true],
    ['HEAD', true],
    ['PUT', false],
    ['DELETE', false],
  ])('the sandbox default rule answers %s from any origin: %s', (method, expected) => {
    expect(
      findCorsRule([DEFAULT_SANDBOX_CORS_RULE], { origin: 'https://any.example', method }) !== null,
    ).toBe(expected);
  });
});

describe('splitHeaderList', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['content-type', ['content-type']],
    [' a , B,,c ', ['a', 'B', 'c']],
  ])('%j → %j', (value, names) => {
    expect(splitHeaderList(value)).toEqual(names);
  });
});
