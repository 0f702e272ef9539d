// Escaping and rendering for the XML bodies OSS answers with (error bodies, CORS configuration).
// https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes text for an XML element or attribute: the five markup characters, and control characters
 * (CR included, so a reader gets it back unchanged) as numeric references.
 *
 * @example
 * escapeXml(`a<b & "c"`) // 'a&lt;b &amp; &quot;c&quot;'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses
 */
export function escapeXml(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
    /[&<>"'\u0000-\u0008\u000B-\u001F]/g,
    (char) => ESCAPES[char] ?? `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`,
  );
}

/**
 * True when `name` can be used as an XML element name as is (ASCII letters, digits, `_ - .`).
 *
 * @example
 * isXmlName('StringToSign') // true
 * isXmlName('1bad') // false
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses
 */
export function isXmlName(name: string): boolean {
  return /^[A-Za-z_][-A-Za-z0-9_.]*$/.test(name);
}

/**
 * One element with escaped text: `<Name>text</Name>`, indented by `indent` spaces.
 *
 * @example
 * renderXmlElement('Code', 'A&B', 2) // '  <Code>A&amp;B</Code>'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses
 */
export function renderXmlElement(name: string, text: string, indent = 0): string {
  return `${' '.repeat(indent)}<${name}>${escapeXml(text)}</${name}>`;
}

/**
 * The XML declaration OSS puts before every XML body.
 *
 * @example
 * `${XML_DECLARATION}\n<Error>…</Error>`
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses
 */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
