import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corsRuleForOrigin, DEFAULT_SANDBOX_CORS_RULE } from './cors-default.ts';
import { parseCorsConfiguration } from './cors-parse.ts';
import { renderCorsConfigurationXml, renderCorsRuleXmlForOrigin } from './cors-render.ts';
import type { CorsConfiguration, CorsRule } from './cors-types.ts';

const wrap = (rules: string, tail = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CORSConfiguration>${rules}${tail}</CORSConfiguration>`;
const RULE =
  '<CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>POST</AllowedMethod></CORSRule>';

describe('parseCorsConfiguration', () => {
  it('reads the PutBucketCors sample shape', () => {
    const result = parseCorsConfiguration(
      wrap(
        `<CORSRule>
           <AllowedOrigin>https://*.example.com</AllowedOrigin><AllowedOrigin>http://localhost:5173</AllowedOrigin>
           <AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod>
           <AllowedHeader>Authorization</AllowedHeader>
           <ExposeHeader>x-oss-test</ExposeHeader><ExposeHeader>x-oss-test1</ExposeHeader>
           <MaxAgeSeconds>100</MaxAgeSeconds>
         </CORSRule>`,
        '<ResponseVary>false</ResponseVary>',
      ),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        rules: [
          {
            allowedOrigins: ['https://*.example.com', 'http://localhost:5173'],
            allowedMethods: ['PUT', 'GET'],
            allowedHeaders: ['Authorization'],
            exposeHeaders: ['x-oss-test', 'x-oss-test1'],
            maxAgeSeconds: 100,
          },
        ],
        responseVary: false,
      },
    });
  });

  it.each([
    ['not XML', 'CORS please', 'cors.xml'],
    ['HTML', '<html><body>', 'cors.xml'],
    ['wrong root', '<CORSRule/>', 'cors.root'],
    ['no rule', wrap(''), 'cors.no-rule'],
    [
      'no origin',
      wrap('<CORSRule><AllowedMethod>GET</AllowedMethod></CORSRule>'),
      'cors.origin-missing',
    ],
    [
      'two * in an origin',
      wrap(
        '<CORSRule><AllowedOrigin>https://*.*.com</AllowedOrigin><AllowedMethod>GET</AllowedMethod></CORSRule>',
      ),
      'cors.origin-wildcards',
    ],
    [
      'no method',
      wrap('<CORSRule><AllowedOrigin>*</AllowedOrigin></CORSRule>'),
      'cors.method-missing',
    ],
    [
      'unknown method',
      wrap(
        '<CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>OPTIONS</AllowedMethod></CORSRule>',
      ),
      'cors.method',
    ],
    [
      'lower-case method',
      wrap(
        '<CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>post</AllowedMethod></CORSRule>',
      ),
      'cors.method',
    ],
    [
      'two * in a header',
      wrap(
        '<CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><AllowedHeader>x-*-*</AllowedHeader></CORSRule>',
      ),
      'cors.header-wildcards',
    ],
    [
      '* in ExposeHeader',
      wrap(
        '<CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><ExposeHeader>*</ExposeHeader></CORSRule>',
      ),
      'cors.expose-wildcard',
    ],
    [
      'MaxAgeSeconds not a number',
      wrap(
        '<CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><MaxAgeSeconds>-1</MaxAgeSeconds></CORSRule>',
      ),
      'cors.max-age',
    ],
    [
      'MaxAgeSeconds twice',
      wrap(
        '<CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><MaxAgeSeconds>1</MaxAgeSeconds><MaxAgeSeconds>2</MaxAgeSeconds></CORSRule>',
      ),
      'cors.max-age-repeated',
    ],
    [
      'ResponseVary not boolean',
      wrap(RULE, '<ResponseVary>yes</ResponseVary>'),
      'cors.response-vary',
    ],
  ])('%s → %s (MalformedXML)', (_name, xml, id) => {
    const result = parseCorsConfiguration(xml);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.id)).toContain(id);
    expect(result.issues.find((issue) => issue.id === id)?.oss?.code).toBe('MalformedXML');
  });

  it('refuses more than 10 rules with CORSRuleBeyondLimit', () => {
    expect(parseCorsConfiguration(wrap(RULE.repeat(10))).ok).toBe(true);
    const result = parseCorsConfiguration(wrap(RULE.repeat(11)));
    expect(result.ok ? [] : result.issues.map((issue) => issue.oss)).toEqual([
      { code: 'CORSRuleBeyondLimit', message: 'The CORS Rules num is beyond limit' },
    ]);
  });

  it('reports every problem at once, with the rule path', () => {
    const result = parseCorsConfiguration(
      wrap(
        '<CORSRule></CORSRule><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod></CORSRule>',
      ),
    );
    expect(result.ok ? [] : result.issues.map((issue) => [issue.id, issue.path])).toEqual([
      ['cors.origin-missing', 'CORSRule[0]'],
      ['cors.method-missing', 'CORSRule[0]'],
    ]);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        parseCorsConfiguration(text);
        parseCorsConfiguration(wrap(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('renderCorsConfigurationXml ⇄ parseCorsConfiguration', () => {
  it('renders a page rule exactly', () => {
    expect(renderCorsRuleXmlForOrigin('http://localhost:5173/')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<CORSConfiguration>',
        '  <CORSRule>',
        '    <AllowedOrigin>http://localhost:5173</AllowedOrigin>',
        '    <AllowedMethod>POST</AllowedMethod>',
        '    <AllowedMethod>GET</AllowedMethod>',
        '    <AllowedMethod>HEAD</AllowedMethod>',
        '    <AllowedHeader>*</AllowedHeader>',
        '    <ExposeHeader>ETag</ExposeHeader>',
        '    <ExposeHeader>x-oss-request-id</ExposeHeader>',
        '    <ExposeHeader>x-oss-ec</ExposeHeader>',
        '    <ExposeHeader>x-oss-hash-crc64ecma</ExposeHeader>',
        '    <ExposeHeader>Date</ExposeHeader>',
        '    <MaxAgeSeconds>600</MaxAgeSeconds>',
        '  </CORSRule>',
        '</CORSConfiguration>',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['sandbox default', { rules: [DEFAULT_SANDBOX_CORS_RULE] }],
    [
      'page rule with vary',
      { rules: [corsRuleForOrigin('https://app.example.com')], responseVary: true },
    ],
    ['origin needing escapes', { rules: [corsRuleForOrigin('http://a&b<c>.test')] }],
  ])('round trip: %s', (_name, config: CorsConfiguration) => {
    expect(parseCorsConfiguration(renderCorsConfigurationXml(config))).toEqual({
      ok: true,
      value: config,
    });
  });

  it('round trip of generated valid configurations', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9.:/&<>'"-]{1,20}$/);
    const pattern = fc
      .tuple(token, fc.boolean(), token)
      .map(([a, star, b]) => (star ? `${a}*${b}` : a + b));
    const ruleArb: fc.Arbitrary<CorsRule> = fc.record(
      {
        allowedOrigins: fc.array(pattern, { minLength: 1, maxLength: 3 }),
        allowedMethods: fc.subarray(['GET', 'PUT', 'DELETE', 'POST', 'HEAD'], { minLength: 1 }),
        allowedHeaders: fc.array(pattern, { maxLength: 3 }),
        exposeHeaders: fc.array(token, { maxLength: 3 }),
        maxAgeSeconds: fc.nat(86400),
      },
      { requiredKeys: ['allowedOrigins', 'allowedMethods', 'allowedHeaders', 'exposeHeaders'] },
    );
    fc.assert(
      fc.property(fc.array(ruleArb, { minLength: 1, maxLength: 10 }), (rules) => {
        expect(parseCorsConfiguration(renderCorsConfigurationXml({ rules }))).toEqual({
          ok: true,
          value: { rules },
        });
      }),
      { numRuns: 300 },
    );
  });
});
