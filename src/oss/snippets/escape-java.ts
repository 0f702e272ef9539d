// Escaping for the Java signer: string literals (ASCII source, constants under the class file's
// 65,535-byte limit) and comments (where `\u000a` would end the line before the compiler reads it).
// https://docs.oracle.com/javase/specs/jls/se17/html/jls-3.html#jls-3.3
// https://docs.oracle.com/javase/specs/jvms/se17/html/jvms-4.html#jvms-4.4.7
import { commentText, wellFormed } from './escape-text.ts';

/** UTF-16 units per literal piece: at most 6 bytes of modified UTF-8 each, well under 65,535. */
const PIECE_UNITS = 8000;

/**
 * A Java string expression for the value: a `"…"` literal (JSON's escapes, non-ASCII as
 * `\uXXXX`, lone surrogates as U+FFFD), or — when one constant would pass the class file's
 * 65,535-byte limit — `String.join("", "…", "…")`, which is built at run time.
 *
 * @example
 * javaString('用"') // '"\\u7528\\""'
 * javaString('a'.repeat(70000)).startsWith('String.join("", ') // true
 * @see https://docs.oracle.com/javase/specs/jvms/se17/html/jvms-4.html#jvms-4.4.7
 */
export function javaString(value: string): string {
  const text = wellFormed(value);
  if (text.length <= PIECE_UNITS) return javaLiteral(text);
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += PIECE_UNITS) {
    pieces.push(javaLiteral(text.slice(at, at + PIECE_UNITS)));
  }
  return `String.join("", ${pieces.join(', ')})`;
}

function javaLiteral(text: string): string {
  return JSON.stringify(text).replace(
    /[<\u007f-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Text for a `//` or `/** … *\/` comment: one line, no `*\/`, and every `\` doubled so no
 * `\u000a` in a value becomes a line break before the compiler reads the comment.
 *
 * @example
 * javaComment('a \\u000a b') // 'a \\\\u000a b' (a backslash doubled: no Unicode escape)
 * @see https://docs.oracle.com/javase/specs/jls/se17/html/jls-3.html#jls-3.3
 */
export function javaComment(text: string): string {
  return commentText(text).replace(/\\/g, '\\\\').replace(/\*\//g, '* /');
}
