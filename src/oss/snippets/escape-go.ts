// Escaping for the Go signer: interpreted string literals and comments.
// https://go.dev/ref/spec#String_literals
import { commentText, wellFormed } from './escape-text.ts';

/**
 * A Go interpreted string literal holding the value's UTF-8: printable ASCII as is, `"` and `\`
 * escaped, `<` as `\x3c` (no `</script>` in the text), everything else as `\uXXXX` / `\UXXXXXXXX` (Go refuses a U+FEFF in source and a
 * surrogate in an escape; lone surrogates become U+FFFD, as the form sends them).
 *
 * @example
 * goString('a\ufeff\ud800"') // '"a\\ufeff\\ufffd\\""'
 * @see https://go.dev/ref/spec#Rune_literals
 */
export function goString(value: string): string {
  const body = wellFormed(value).replace(/[^\x20-\x7e]|["\\<]/gu, (ch) => {
    if (ch === '"' || ch === '\\') return `\\${ch}`;
    if (ch === '<') return '\\x3c';
    const code = ch.codePointAt(0) ?? 0xfffd;
    return code > 0xffff
      ? `\\U${code.toString(16).padStart(8, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return `"${body}"`;
}

/**
 * Text for a `//` comment: one line, no byte-order mark.
 *
 * @example
 * goComment('a\nfunc init() {}') // 'a func init() {}'
 * @see https://go.dev/ref/spec#Comments
 */
export function goComment(text: string): string {
  return commentText(text);
}
