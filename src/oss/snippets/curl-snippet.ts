import type { PostForm } from '../form/form-types.ts';
import { exampleFilePath } from './example-file.ts';
import { expiryNote } from './html-form-snippet.ts';
import {
  needsShellNewline,
  quoteShell,
  SHELL_NEWLINE_PRELUDE,
  shellComment,
} from './escape-shell.ts';
import { takesContentTypeFromFile } from './fields-for-file.ts';
import { SNIPPETS_TEXTS, type SnippetTexts } from './texts-en.ts';

const TOKEN_FIELD = 'x-oss-security-token';
const TOKEN_ENV = 'OSS_SESSION_TOKEN';

/** Options for {@link renderCurlSnippet}. */
export interface CurlSnippetOptions {
  /** The local file to upload. Default: an example file the policy admits (`exampleFilePath`). */
  filePath?: string;
  /** The comments' table, in the reader's language. Default English; the command is the same in every language. */
  texts?: SnippetTexts;
}

/** curl's own `-F` quoting for the path: needed when it holds `;`, `,`, `"` or `\`. */
function curlFileValue(path: string): string {
  if (!/[;,"\\]/.test(path)) return `file=@${path}`;
  return `file=@"${path.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
}

/**
 * A curl command that posts the signed form: one `--form-string` per field in send order (so a
 * value starting with `@` or `<` is sent as text, never read from a file), `-F file=@PATH` last,
 * every word single-quoted for a POSIX shell. An STS token is read from `$OSS_SESSION_TOKEN`
 * rather than written into the command.
 *
 * @example
 * renderCurlSnippet(form, { filePath: './photo.png' });
 * // curl --fail-with-body -sS \
 * //   --form-string 'key=user/photo.png' \
 * //   … \
 * //   -F 'file=@./photo.png' \
 * //   'https://examplebucket.oss-cn-hangzhou.aliyuncs.com'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function renderCurlSnippet(form: PostForm, options: CurlSnippetOptions = {}): string {
  const filePath = options.filePath ?? exampleFilePath(form);
  const t = options.texts ?? SNIPPETS_TEXTS;
  const words: string[] = [];
  let usesToken = false;
  const typeFromFile = takesContentTypeFromFile(form);
  for (const entry of form.fields) {
    if (entry.kind === 'file') {
      if (typeFromFile) {
        words.push(`--form-string "Content-Type=$(file -b --mime-type ${quoteShell(filePath)})"`);
      }
      words.push(`-F ${quoteShell(curlFileValue(filePath))}`);
    } else if (entry.name.toLowerCase() === TOKEN_FIELD) {
      usesToken = true;
      words.push(`--form-string ${quoteShell(`${entry.name}=`)}"$${TOKEN_ENV}"`);
    } else {
      words.push(`--form-string ${quoteShell(`${entry.name}=${entry.value}`)}`);
    }
  }
  const notes = [
    `# ${shellComment(expiryNote(form, options.texts))}`,
    `# ${t['send-order']()}`,
    ...(typeFromFile ? [`# ${t['curl-content-type']()}`] : []),
    ...(usesToken ? [`# ${t['curl-sts']({ env: TOKEN_ENV })}`] : []),
  ];
  // --globoff: curl would expand `[1-3]` or `{a,b}` in the URL into several uploads.
  const lines = ['curl --globoff --fail-with-body -sS', ...words, quoteShell(form.url)];
  const prelude = lines.some(needsShellNewline) ? [SHELL_NEWLINE_PRELUDE] : [];
  return `${[...notes, ...prelude].join('\n')}\n${lines.join(' \\\n  ')}\n`;
}
