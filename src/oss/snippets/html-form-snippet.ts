import type { PostForm } from '../form/form-types.ts';
import { escapeHtml, escapeHtmlComment } from './html-escape.ts';
import { acceptForPolicy, takesContentTypeFromFile } from './fields-for-file.ts';

const TOKEN_FIELD = 'x-oss-security-token';

/** Options for {@link renderHtmlFormSnippet}. */
export interface HtmlFormSnippetOptions {
  /** The page title. Default `OSS PostObject upload`. */
  title?: string;
}

/**
 * A standalone HTML page that uploads one file with the signed form: `<form method="post"
 * enctype="multipart/form-data" action=URL>`, hidden inputs in send order (`key` first), the file
 * input last, every value HTML-escaped, the expiry stated in a comment, and a nameless submit
 * button (a named one would be sent after the file). It works when opened straight from disk.
 * An STS token is never written into the page: the form gets a visible input to paste it into.
 *
 * @example
 * const html = renderHtmlFormSnippet(form);
 * // save as upload.html, open it, choose a file, press Upload
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function renderHtmlFormSnippet(
  form: PostForm,
  options: HtmlFormSnippetOptions = {},
): string {
  const title = escapeHtml(options.title ?? 'OSS PostObject upload');
  const inputs: string[] = [];
  const typeFromFile = takesContentTypeFromFile(form);
  const accept = acceptForPolicy(form.policy);
  const fileAttributes = [
    ...(accept ? [`accept="${escapeHtml(accept)}"`] : []),
    ...(typeFromFile
      ? [
          `onchange="this.form.elements['Content-Type'].value = this.files.length ? this.files[0].type : ''"`,
        ]
      : []),
  ];
  for (const entry of form.fields) {
    if (entry.kind === 'file') {
      if (typeFromFile) {
        inputs.push(
          "    <!-- The policy tests Content-Type: the chosen file's type is sent as this field. -->",
          '    <input type="hidden" name="Content-Type" value="">',
        );
      }
      inputs.push(
        '    <!-- The file goes last: OSS does not read any field after it. -->',
        `    <label>File <input type="file" name="file"${fileAttributes.map((a) => ` ${a}`).join('')} required></label>`,
      );
    } else if (entry.name.toLowerCase() === TOKEN_FIELD) {
      inputs.push(
        '    <!-- STS: paste the SecurityToken the policy was signed with (it is not stored in this page). -->',
        `    <label>Security token <input type="password" name="${escapeHtml(entry.name)}" required autocomplete="off"></label>`,
      );
    } else {
      inputs.push(
        `    <input type="hidden" name="${escapeHtml(entry.name)}" value="${escapeHtml(entry.value)}">`,
      );
    }
  }
  const lineBreaks = form.fields.some((f) => f.kind === 'field' && /[\r\n]/.test(f.value));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
</head>
<body>
  <!-- ${escapeHtmlComment(expiryNote(form))} -->
  <!-- Fields in send order: key first, the file last. The policy and signature are bound to these values. -->${
    lineBreaks
      ? '\n  <!-- Note: browsers send line breaks in values as CRLF; a value with line breaks may not match the policy. -->'
      : ''
  }
  <form method="post" enctype="multipart/form-data" accept-charset="UTF-8" action="${escapeHtml(form.url)}">
${inputs.join('\n')}
    <button type="submit">Upload</button>
  </form>
</body>
</html>
`;
}

/**
 * Sentences on how the form was signed and when it stops working, for snippet comments.
 *
 * @example
 * expiryNote(form) // 'Signed with V4 (OSS4-HMAC-SHA256), signed at 20300101T000000Z. The policy expires at …'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function expiryNote(form: PostForm): string {
  const scheme = form.version === 'v1' ? 'V1 (HMAC-SHA1)' : 'V4 (OSS4-HMAC-SHA256)';
  const signedAt = form.date ? `, signed at ${form.date}` : '';
  return `Signed with ${scheme}${signedAt}. The policy expires at ${form.policy.expiration} (UTC); after that OSS answers AccessDenied "Policy expired" and the form must be signed again.`;
}
