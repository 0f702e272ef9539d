/**
 * One POSIX shell word that the shell passes through unchanged: single quotes, with each `'`
 * written as `'\''`. Safe for `$`, backticks, `"`, `\`, newlines and any non-ASCII text.
 *
 * @example
 * quoteShell("it's $HOME") // the 13 characters 'it'\''s $HOME'
 * @see https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_02_02
 */
export function quoteShell(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
