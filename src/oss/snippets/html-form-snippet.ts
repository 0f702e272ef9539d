import type { PostForm } from '../form/form-types.ts';
import { escapeHtml, escapeHtmlComment, escapeHtmlUrl } from './escape-html.ts';
import { acceptForPolicy, takesContentTypeFromFile } from './fields-for-file.ts';
import { SNIPPETS_TEXTS, type SnippetTexts } from './texts-en.ts';

const TOKEN_FIELD = 'x-oss-security-token';

/** Options for {@link renderHtmlFormSnippet}. */
export interface HtmlFormSnippetOptions {
  /** The page title. Default: the language's (`OSS PostObject upload` in English). */
  title?: string;
  /** The comments', labels', title's and `lang`'s table, in the reader's language. Default English; the form is the same. */
  texts?: SnippetTexts;
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
  const t = options.texts ?? SNIPPETS_TEXTS;
  const title = escapeHtml(options.title ?? t['html-title']());
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
          `    <!-- ${t['html-content-type']()} -->`,
          '    <input type="hidden" name="Content-Type" value="">',
        );
      }
      inputs.push(
        `    <!-- ${t['html-file-last']()} -->`,
        `    <label>${t['html-file']()} <input type="file" name="file"${fileAttributes.map((a) => ` ${a}`).join('')} required></label>`,
      );
    } else if (entry.name.toLowerCase() === TOKEN_FIELD) {
      inputs.push(
        `    <!-- ${t['html-sts']()} -->`,
        `    <label>${t['html-security-token']()} <input type="password" name="${escapeHtml(entry.name)}" required autocomplete="off"></label>`,
      );
    } else {
      inputs.push(
        `    <input type="hidden" name="${escapeHtml(entry.name)}" value="${escapeHtml(entry.value)}">`,
      );
    }
  }
  const lineBreaks = form.fields.some((f) => f.kind === 'field' && /[\r\n]/.test(f.value));
  return `<!doctype html>
<html lang="${t['html-lang']}">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
</head>
<body>
  <!-- ${escapeHtmlComment(expiryNote(form, options.texts))} -->
  <!-- ${t['html-send-order']()} -->${lineBreaks ? `\n  <!-- ${t['html-line-breaks']()} -->` : ''}
  <form method="post" enctype="multipart/form-data" accept-charset="UTF-8" action="${escapeHtmlUrl(form.url)}">
${inputs.join('\n')}
    <button type="submit">${t['html-upload']()}</button>
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
export function expiryNote(form: PostForm, t: SnippetTexts = SNIPPETS_TEXTS): string {
  return t.expiry({
    scheme: form.version,
    date: form.date ?? '',
    expiration: form.policy.expiration,
  });
}
