// Escaping for the curl snippet: POSIX shell words and shell comments. Every line of a snippet is
// the snippet's own: a line terminator in a value is written with printf, never typed in.
// https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_02_02
// https://pubs.opengroup.org/onlinepubs/9699919799/utilities/printf.html
import { commentText, wellFormed } from './escape-text.ts';

/**
 * The shell variable that holds one LF, for values with line breaks (command substitution drops
 * trailing newlines, so `$(printf '\n')` cannot give one).
 *
 * @example
 * SHELL_NEWLINE_PRELUDE // "OSS_NL=$(printf '\\nx'); OSS_NL=${OSS_NL%x}"
 * @see https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_06_03
 */
export const SHELL_NEWLINE_PRELUDE = "OSS_NL=$(printf '\\nx'); OSS_NL=${OSS_NL%x}";

const SPECIAL = /([\r\n\v\f\u0085\u2028\u2029\ufeff])/;

/**
 * One POSIX shell word that the shell turns back into the text: single quotes, each `'` written
 * as `'\''`, `</` split as `<''/` (no `</script>` in the snippet), a LF as `"$OSS_NL"` (see
 * {@link SHELL_NEWLINE_PRELUDE}) and other line terminators as `"$(printf '\ooo')"`. A NUL cannot
 * be in a command-line argument at all; it is dropped, as every shell drops it.
 *
 * @example
 * quoteShell("it's $HOME") // the 13 characters 'it'\''s $HOME'
 * quoteShell('a\r\nb') // `'a'"$(printf '\\015')""$OSS_NL"'b'`
 * @see https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_02_02
 */
export function quoteShell(text: string): string {
  const parts = wellFormed(text).replace(/\0/g, '').split(SPECIAL);
  const word = parts
    .map((part, i) => {
      if (i % 2 === 1) return part === '\n' ? '"$OSS_NL"' : `"$(printf '${octalBytes(part)}')"`;
      return part === '' ? '' : `'${part.replace(/'/g, `'\\''`).replace(/<\//g, "<''/")}'`;
    })
    .join('');
  return word === '' ? "''" : word;
}

/**
 * Whether a word made by {@link quoteShell} needs {@link SHELL_NEWLINE_PRELUDE} before it.
 *
 * @example
 * needsShellNewline(quoteShell('a\nb')) // true
 * @see https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_06_03
 */
export function needsShellNewline(word: string): boolean {
  return word.includes('"$OSS_NL"');
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

function octalBytes(ch: string): string {
  return [...new TextEncoder().encode(ch)]
    .map((b) => `\\${b.toString(8).padStart(3, '0')}`)
    .join('');
}
