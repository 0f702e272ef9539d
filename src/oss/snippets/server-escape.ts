// One literal writer per language for the signing server snippets: every value from the form goes
// into their code through one of these (issue 22 may replace them with the shared escapers).

/**
 * A JavaScript string (or JSON value) literal; U+2028/U+2029 are escaped for older parsers.
 *
 * @example jsLiteral('a"b') // '"a\\"b"'
 * @see https://tc39.es/ecma262/#sec-literals-string-literals
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function jsLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (ch) =>
    ch === '\u2028' ? '\\u2028' : '\\u2029',
  );
}

/**
 * A Python literal of strings, integers, lists and dicts: JSON text, which Python reads the same.
 *
 * @example pyLiteral(['eq', '$key', 'a']) // '["eq","$key","a"]'
 * @see https://docs.python.org/3/reference/lexical_analysis.html#string-and-bytes-literals
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function pyLiteral(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * A Go interpreted string literal: JSON string escapes are valid Go escapes.
 *
 * @example goLiteral('a\nb') // '"a\\nb"'
 * @see https://go.dev/ref/spec#String_literals
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function goLiteral(value: string): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (ch) =>
    ch === '\u2028' ? '\\u2028' : '\\u2029',
  );
}

/**
 * A Java string literal, non-ASCII as `\uXXXX` so the source reads the same in any default charset.
 *
 * @example javaLiteral('用') // '"\\u7528"'
 * @see https://docs.oracle.com/javase/specs/jls/se17/html/jls-3.html#jls-3.10.5
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function javaLiteral(value: string): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
