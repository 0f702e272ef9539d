// Escaping for the curl snippet: POSIX shell words and shell comments.
// https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_02_02
import { commentText, wellFormed } from './escape-text.ts';

/**
 * One POSIX shell word that the shell passes through unchanged: single quotes, with each `'`
 * written as `'\''`. Safe for `$`, backticks, `"`, `\`, newlines and any non-ASCII text. A NUL
 * cannot be in a command-line argument at all; it is dropped, as every shell drops it.
 *
 * @example
 * quoteShell("it's $HOME") // the 13 characters 'it'\''s $HOME'
 * @see https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_02_02
 */
export function quoteShell(text: string): string {
  return `'${wellFormed(text).replace(/\0/g, '').replace(/'/g, `'\\''`)}'`;
}

/**
 * Text for a `#` comment line: one line, whatever the value holds.
 *
 * @example
 * shellComment('a\nrm -rf ~') // 'a rm -rf ~'
 * @see https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_03
 */
export function shellComment(text: string): string {
  return commentText(text);
}
