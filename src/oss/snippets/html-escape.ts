/** Escapes text for an HTML attribute value or element content (`&`, `<`, `>`, `"`, `'`). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Text safe inside `<!-- … -->`: no `--`, so a value can never close the comment. */
export function escapeHtmlComment(text: string): string {
  return text.replace(/--/g, '- -').replace(/[<>]/g, (ch) => (ch === '<' ? '&lt;' : '&gt;'));
}
