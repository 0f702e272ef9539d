// What every language's escaping shares: text made well-formed (a lone surrogate cannot be
// encoded as UTF-8; browsers and TextEncoder send U+FFFD for it, so the snippets do too) and the
// line terminators that end a comment or a line of code in one language or another.
// https://tc39.es/ecma262/#sec-line-terminators

/**
 * The text with every lone surrogate replaced by U+FFFD, as `TextEncoder` encodes it.
 *
 * @example
 * wellFormed('a\ud800b') // 'a\ufffdb'
 * @see https://encoding.spec.whatwg.org/#utf-8-encoder
 */
export function wellFormed(text: string): string {
  return String(text).replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  );
}

/**
 * Characters that end a line in at least one snippet language (CR, LF, NEL, U+2028, U+2029, and
 * the vertical tab and form feed Python's `str.splitlines` counts), for comment text.
 *
 * @example
 * LINE_TERMINATORS.test('a\u2028b') // true
 * @see https://tc39.es/ecma262/#sec-line-terminators
 */
export const LINE_TERMINATORS = /[\r\n\v\f\u0085\u2028\u2029]/;

/**
 * Text for a one-line comment in any language: well-formed, every run of line terminators and
 * control characters one space, U+FEFF (a byte-order mark Go refuses mid-file) removed, and `</`
 * spaced so no comment closes a `</script>` it is pasted into.
 *
 * @example
 * commentText('expires 2030\u2028alert(1)') // 'expires 2030 alert(1)'
 * @see https://tc39.es/ecma262/#sec-line-terminators
 */
export function commentText(text: string): string {
  return (
    wellFormed(text)
      // eslint-disable-next-line no-control-regex -- control characters are exactly what a comment loses
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(/\ufeff/g, '')
      .replace(/<\//g, '< /')
  );
}

/**
 * A JSON value with every string (keys too) made {@link wellFormed}, so all signers write the
 * same policy: the U+FFFD a browser would send, never a lone surrogate.
 *
 * @example
 * wellFormedValue(['eq', '$k', 'a\ud800']) // ['eq', '$k', 'a\ufffd']
 * @see https://encoding.spec.whatwg.org/#utf-8-encoder
 */
export function wellFormedValue<T>(value: T): T {
  if (typeof value === 'string') return wellFormed(value) as T;
  if (Array.isArray(value)) return value.map(wellFormedValue) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      // defineProperty: a key named __proto__ stays an own member.
      Object.defineProperty(out, wellFormed(key), {
        value: wellFormedValue(member),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out as T;
  }
  return value;
}
