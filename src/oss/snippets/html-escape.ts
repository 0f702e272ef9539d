/**
 * Escapes text for an HTML attribute value or element content (`&`, `<`, `>`, `"`, `'`).
 *
 * @example
 * escapeHtml(`a"<b>&'`) // 'a&quot;&lt;b&gt;&amp;&#39;'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Text safe inside `<!-- … -->`: no `--`, so a value can never close the comment.
 *
 * @example
 * escapeHtmlComment('a -->b') // 'a - -&gt;b'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function escapeHtmlComment(text: string): string {
  return text.replace(/--/g, '- -').replace(/[<>]/g, (ch) => (ch === '<' ? '&lt;' : '&gt;'));
}
