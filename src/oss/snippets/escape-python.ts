// Escaping for the Python signer: string literals, literal values (True, False, None), comments.
// https://docs.python.org/3/reference/lexical_analysis.html#string-and-bytes-literals
import { commentText, wellFormed } from './escape-text.ts';

/**
 * A Python string literal: JSON's escapes (valid in Python), plus every character outside
 * printable ASCII as `\uXXXX` / `\UXXXXXXXX`, so the source is ASCII and no value ends a line,
 * and `<` as `\x3c` (no `</script>` in the text).
 *
 * @example
 * pyString('a"\u2028用') // '"a\\"\\u2028\\u7528"'
 * @see https://docs.python.org/3/reference/lexical_analysis.html#escape-sequences
 */
export function pyString(value: string): string {
  return asciiEscapes(JSON.stringify(wellFormed(value))).replace(/</g, '\\x3c');
}

/**
 * A Python literal of a JSON value: `True`, `False`, `None`, numbers, lists, dicts, strings.
 *
 * @example
 * pyLiteral(['eq', '$x', true, null]) // '["eq", "$x", True, None]'
 * @see https://docs.python.org/3/reference/expressions.html#literals
 */
export function pyLiteral(value: unknown): string {
  if (typeof value === 'string') return pyString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return `[${value.map(pyLiteral).join(', ')}]`;
  if (value && typeof value === 'object') {
    const members = Object.entries(value).map(([k, v]) => `${pyString(k)}: ${pyLiteral(v)}`);
    return `{${members.join(', ')}}`;
  }
  return 'None';
}

/**
 * Text for a `#` comment or a docstring: one line, no quotes that could close the docstring,
 * and no backslash to start an escape.
 *
 * @example
 * pyComment('a\rprint(1)"""') // "a print(1)'''"
 * @see https://docs.python.org/3/reference/lexical_analysis.html#comments
 */
export function pyComment(text: string): string {
  return commentText(text).replace(/"/g, "'").replace(/\\/g, '/');
}

function asciiEscapes(json: string): string {
  return json.replace(/[^\x20-\x7e]/gu, (ch) => {
    const code = ch.codePointAt(0) ?? 0xfffd;
    return code > 0xffff
      ? `\\U${code.toString(16).padStart(8, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
