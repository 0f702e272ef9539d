// Reads a PutBucketCors body into rules, refusing what OSS refuses.
// https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors

import type { CorsConfiguration, CorsRule } from './cors-types.ts';
import { fail, ok, type Problem, type Result } from '../result.ts';
import { readXml, type XmlElement } from '../formats/xml-read.ts';

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
    return fail(
      problem('cors.xml', 'The text is not well-formed XML; check tags and escaping (& as &amp;).'),
    );
  }
  if (root.name !== 'CORSConfiguration') {
    return fail(
      problem('cors.root', `The root element is <${root.name}>; it must be <CORSConfiguration>.`),
    );
  }
  const issues: Problem[] = [];
  const ruleElements = root.children.filter((child) => child.name === 'CORSRule');
  if (ruleElements.length === 0) {
    issues.push(problem('cors.no-rule', 'Add at least one <CORSRule>.'));
  }
  if (ruleElements.length > CORS_MAX_RULES) {
    issues.push({
      ...problem(
        'cors.too-many-rules',
        `There are ${ruleElements.length} rules; OSS allows at most ${CORS_MAX_RULES}. Merge rules that share settings.`,
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
    issues.push(
      problem(
        'cors.response-vary',
        `ResponseVary is "${vary}"; use true or false.`,
        'ResponseVary',
      ),
    );
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
  const report = (id: string, message: string) => issues.push(problem(id, message, path));
  if (rule.allowedOrigins.length === 0)
    report(
      'cors.origin-missing',
      `${path} has no AllowedOrigin; add the page origin, e.g. https://www.example.com, or *.`,
    );
  for (const origin of rule.allowedOrigins) {
    if (stars(origin) > 1)
      report(
        'cors.origin-wildcards',
        `AllowedOrigin "${origin}" has more than one *; OSS allows one per origin.`,
      );
  }
  if (rule.allowedMethods.length === 0)
    report('cors.method-missing', `${path} has no AllowedMethod; add POST for form uploads.`);
  for (const method of rule.allowedMethods) {
    if (!CORS_METHODS.includes(method))
      report(
        'cors.method',
        `AllowedMethod "${method}" is not one of ${CORS_METHODS.join(', ')} (upper case).`,
      );
  }
  for (const header of rule.allowedHeaders) {
    if (stars(header) > 1)
      report('cors.header-wildcards', `AllowedHeader "${header}" has more than one *.`);
  }
  for (const header of rule.exposeHeaders) {
    if (header.includes('*'))
      report(
        'cors.expose-wildcard',
        `ExposeHeader "${header}" has a *; list each header by name, e.g. ETag, x-oss-request-id.`,
      );
  }
  const maxAge = values('MaxAgeSeconds');
  if (maxAge.length > 1)
    report('cors.max-age-repeated', `${path} has ${maxAge.length} MaxAgeSeconds; keep one.`);
  if (maxAge.length > 0) {
    if (/^\d+$/.test(maxAge[0])) rule.maxAgeSeconds = Number(maxAge[0]);
    else report('cors.max-age', `MaxAgeSeconds "${maxAge[0]}" is not a whole number of seconds.`);
  }
  return rule;
}

function stars(text: string): number {
  return text.split('*').length - 1;
}

function problem(id: string, message: string, path?: string): Problem {
  const result: Problem = { id, message, oss: MALFORMED };
  if (path !== undefined) result.path = path;
  return result;
}
