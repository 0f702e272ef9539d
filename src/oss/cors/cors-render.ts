// Writes a bucket CORSConfiguration as the XML body of PutBucketCors (and GetBucketCors answers).
// https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors

import { corsRuleForOrigin } from './cors-default.ts';
import type { CorsConfiguration } from './cors-types.ts';
import { renderXmlElement, XML_DECLARATION } from '../formats/xml-write.ts';

/**
 * Renders a CORSConfiguration: each rule's AllowedOrigin, AllowedMethod, AllowedHeader,
 * ExposeHeader and MaxAgeSeconds, then ResponseVary when set. Values are XML-escaped.
 *
 * @example
 * renderCorsConfigurationXml({ rules: [{ allowedOrigins: ['*'], allowedMethods: ['POST'],
 *   allowedHeaders: [], exposeHeaders: ['ETag'] }] })
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<CORSConfiguration>\n  <CORSRule>\n' +
 * // '    <AllowedOrigin>*</AllowedOrigin>\n    <AllowedMethod>POST</AllowedMethod>\n' +
 * // '    <ExposeHeader>ETag</ExposeHeader>\n  </CORSRule>\n</CORSConfiguration>\n'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors
 */
export function renderCorsConfigurationXml(config: CorsConfiguration): string {
  const lines = [XML_DECLARATION, '<CORSConfiguration>'];
  for (const rule of config.rules) {
    lines.push('  <CORSRule>');
    const element = (name: string) => (value: string) =>
      lines.push(renderXmlElement(name, value, 4));
    rule.allowedOrigins.forEach(element('AllowedOrigin'));
    rule.allowedMethods.forEach(element('AllowedMethod'));
    rule.allowedHeaders.forEach(element('AllowedHeader'));
    rule.exposeHeaders.forEach(element('ExposeHeader'));
    if (rule.maxAgeSeconds !== undefined) element('MaxAgeSeconds')(String(rule.maxAgeSeconds));
    lines.push('  </CORSRule>');
  }
  if (config.responseVary !== undefined) {
    lines.push(renderXmlElement('ResponseVary', String(config.responseVary), 2));
  }
  lines.push('</CORSConfiguration>', '');
  return lines.join('\n');
}

/**
 * The CORSConfiguration XML a user puts on their bucket so that a page at `origin` can upload
 * with PostObject and read the answer headers.
 *
 * @example
 * renderCorsRuleXmlForOrigin('http://localhost:5173').includes('<AllowedOrigin>http://localhost:5173</AllowedOrigin>') // true
 * @see https://www.alibabacloud.com/help/en/oss/user-guide/configure-cross-origin-resource-sharing
 */
export function renderCorsRuleXmlForOrigin(origin: string): string {
  return renderCorsConfigurationXml({ rules: [corsRuleForOrigin(origin)] });
}
