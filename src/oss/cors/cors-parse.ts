// Reads a PutBucketCors body into rules, refusing what OSS refuses.
// https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors

import type { CorsConfiguration, CorsRule } from './cors-types.ts';
import { fail, ok, type Problem, type Result } from '../result.ts';
import { readXml, type XmlElement } from '../formats/xml-read.ts';
import { sayFrom } from '../texts.ts';
import { CORS_TEXTS } from './texts-en.ts';

const say = sayFrom(CORS_TEXTS);
type Said = ReturnType<typeof say>;

/**
 * The methods an AllowedMethod may name.
 *
 * @example
 * CORS_METHODS.includes('POST') // true
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors
 */
export const CORS_METHODS: readonly string[] = ['GET', 'PUT', 'DELETE', 'POST', 'HEAD'];

/**
 * The most rules one bucket may have.
 *
 * @example
 * CORS_MAX_RULES // 10
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors
 */
export const CORS_MAX_RULES = 10;

const MALFORMED = {
  code: 'MalformedXML',
  message:
    'The XML you provided was not well-formed or did not validate against our published schema',
};
const BEYOND_LIMIT = { code: 'CORSRuleBeyondLimit', message: 'The CORS Rules num is beyond limit' };

/**
 * Parses and validates CORSConfiguration XML: 1–10 CORSRule elements, each with at least one
 * AllowedOrigin (at most one `*` each) and AllowedMethod (GET, PUT, DELETE, POST, HEAD),
 * AllowedHeader with at most one `*` each, ExposeHeader without `*`, at most one MaxAgeSeconds
 * (a whole number ≥ 0), ResponseVary true/false. Every problem found is reported, with the OSS error
 * (MalformedXML or CORSRuleBeyondLimit) that PutBucketCors would answer.
 *
 * @example
 * const r = parseCorsConfiguration('<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin>' +
 *   '<AllowedMethod>POST</AllowedMethod></CORSRule></CORSConfiguration>');
 * r.ok && r.value.rules[0].allowedMethods // ['POST']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors
 */
export function parseCorsConfiguration(xml: string): Result<CorsConfiguration> {
  const root = typeof xml === 'string' ? readXml(xml) : null;
  if (root === null) {
    return fail(problem('cors.xml', say('xml')));
  }
  if (root.name !== 'CORSConfiguration') {
    return fail(problem('cors.root', say('root', { root: root.name })));
  }
  const issues: Problem[] = [];
  const ruleElements = root.children.filter((child) => child.name === 'CORSRule');
  if (ruleElements.length === 0) {
    issues.push(problem('cors.no-rule', say('no-rule')));
  }
  if (ruleElements.length > CORS_MAX_RULES) {
    issues.push({
      ...problem(
        'cors.too-many-rules',
        say('too-many-rules', { count: ruleElements.length, max: CORS_MAX_RULES }),
      ),
      oss: BEYOND_LIMIT,
    });
  }
  const rules = ruleElements.map((element, index) =>
    readRule(element, `CORSRule[${index}]`, issues),
  );
  const config: CorsConfiguration = { rules };
  const vary = root.children.find((child) => child.name === 'ResponseVary')?.text.trim();
  if (vary === 'true' || vary === 'false') config.responseVary = vary === 'true';
  else if (vary !== undefined) {
    issues.push(problem('cors.response-vary', say('response-vary', { vary }), 'ResponseVary'));
  }
  return issues.length > 0 ? fail(...issues) : ok(config);
}

function readRule(element: XmlElement, path: string, issues: Problem[]): CorsRule {
  const values = (name: string) =>
    element.children.filter((child) => child.name === name).map((child) => child.text.trim());
  const rule: CorsRule = {
    allowedOrigins: values('AllowedOrigin'),
    allowedMethods: values('AllowedMethod'),
    allowedHeaders: values('AllowedHeader'),
    exposeHeaders: values('ExposeHeader'),
  };
  const report = (id: string, said: Said) => issues.push(problem(id, said, path));
  if (rule.allowedOrigins.length === 0)
    report('cors.origin-missing', say('origin-missing', { path }));
  for (const origin of rule.allowedOrigins) {
    if (stars(origin) > 1) report('cors.origin-wildcards', say('origin-wildcards', { origin }));
  }
  if (rule.allowedMethods.length === 0)
    report('cors.method-missing', say('method-missing', { path }));
  for (const method of rule.allowedMethods) {
    if (!CORS_METHODS.includes(method))
      report('cors.method', say('method', { method, methods: CORS_METHODS.join(', ') }));
  }
  for (const header of rule.allowedHeaders) {
    if (stars(header) > 1) report('cors.header-wildcards', say('header-wildcards', { header }));
  }
  for (const header of rule.exposeHeaders) {
    if (header.includes('*')) report('cors.expose-wildcard', say('expose-wildcard', { header }));
  }
  const maxAge = values('MaxAgeSeconds');
  if (maxAge.length > 1)
    report('cors.max-age-repeated', say('max-age-repeated', { path, count: maxAge.length }));
  if (maxAge.length > 0) {
    if (/^\d+$/.test(maxAge[0])) rule.maxAgeSeconds = Number(maxAge[0]);
    else report('cors.max-age', say('max-age', { value: maxAge[0] }));
  }
  return rule;
}

function stars(text: string): number {
  return text.split('*').length - 1;
}

function problem(id: string, said: Said, path?: string): Problem {
  const result: Problem = { id, ...said, oss: MALFORMED };
  if (path !== undefined) result.path = path;
  return result;
}
