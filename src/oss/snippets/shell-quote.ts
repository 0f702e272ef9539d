/**
 * One POSIX shell word that the shell passes through unchanged: single quotes, with each `'`
 * written as `'\''`. Safe for `$`, backticks, `"`, `\`, newlines and any non-ASCII text.
 */
export function quoteShell(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
