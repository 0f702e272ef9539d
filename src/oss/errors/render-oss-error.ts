// Writes an OSS error body exactly as OSS lays it out (the sandbox answers with it).
// https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses

import type { OssError } from './error-types.ts';
import { ecDocUrl } from '../limits.ts';
import { isXmlName, renderXmlElement, XML_DECLARATION } from '../formats/xml-write.ts';

/**
 * Renders the OSS `<Error>` XML: declaration, then Code, Message, RequestId, HostId, the extra
 * elements in insertion order, then EC and RecommendDoc (the error's own link, else the EC's
 * troubleshooting page) when an EC is given. Text is escaped; extra entries whose names are not
 * plain XML names are left out. The body ends with a newline.
 *
 * @example
 * renderOssErrorXml({ code: 'InvalidArgument', message: 'Post request signature is empty.',
 *   requestId: '65A1B2C3D4E5F6A7B8C9D0E1', hostId: 'examplebucket.oss-cn-hangzhou.aliyuncs.com',
 *   ec: '0002-00000704', extra: {} })
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>InvalidArgument</Code>\n  …' +
 * // '  <EC>0002-00000704</EC>\n  <RecommendDoc>https://api.aliyun.com/troubleshoot?q=0002-00000704</RecommendDoc>\n</Error>\n'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses
 */
export function renderOssErrorXml(error: OssError): string {
  const lines = [XML_DECLARATION, '<Error>'];
  lines.push(renderXmlElement('Code', error.code, 2));
  lines.push(renderXmlElement('Message', error.message, 2));
  if (error.requestId !== undefined) lines.push(renderXmlElement('RequestId', error.requestId, 2));
  if (error.hostId !== undefined) lines.push(renderXmlElement('HostId', error.hostId, 2));
  for (const [name, value] of Object.entries(error.extra ?? {})) {
    if (isXmlName(name) && !RESERVED.has(name)) lines.push(renderXmlElement(name, value, 2));
  }
  if (error.ec !== undefined) {
    lines.push(renderXmlElement('EC', error.ec, 2));
    lines.push(renderXmlElement('RecommendDoc', error.recommendDoc ?? ecDocUrl(error.ec), 2));
  } else if (error.recommendDoc !== undefined) {
    lines.push(renderXmlElement('RecommendDoc', error.recommendDoc, 2));
  }
  lines.push('</Error>', '');
  return lines.join('\n');
}

/** Element names the renderer writes itself; an `extra` entry cannot duplicate them. */
const RESERVED = new Set(['Code', 'Message', 'RequestId', 'HostId', 'EC', 'RecommendDoc']);
