// Escaping for the HTML snippet: attribute values and element text, comments, the form action.
// https://html.spec.whatwg.org/multipage/syntax.html#attributes-2
import { commentText, wellFormed } from './escape-text.ts';

/**
 * Escapes text for an HTML attribute value or element content (`&`, `<`, `>`, `"`, `'`), with
 * line terminators as character references (`&#10;` is the same value to the form, and no value
 * breaks a line of the page) and a NUL as the U+FFFD a browser would read in its place.
 *
 * @example
 * escapeHtml(`a"<b>&'\n`) // 'a&quot;&lt;b&gt;&amp;&#39;&#10;'
 * @see https://html.spec.whatwg.org/multipage/syntax.html#character-references
 */
export function escapeHtml(text: string): string {
  return wellFormed(text).replace(
    /[&<>"'\0\r\n\v\f\u0085\u2028\u2029\ufeff]/g,
    (ch) => HTML_REFERENCES[ch] ?? `&#${ch.charCodeAt(0)};`,
  );
}

const HTML_REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // A browser reads a NUL in an attribute as U+FFFD: say so rather than write the NUL.
  '\0': '&#65533;',
};

/**
 * Text safe inside `<!-- … -->`: on one line, no `--`, `<` or `>`, so a value can never close
 * the comment.
 *
 * @example
 * escapeHtmlComment('a -->b') // 'a - -&gt;b'
 * @see https://html.spec.whatwg.org/multipage/syntax.html#comments
 */
export function escapeHtmlComment(text: string): string {
  return commentText(text)
    .replace(/--/g, '- -')
    .replace(/[<>]/g, (ch) => (ch === '<' ? '&lt;' : '&gt;'));
}

/**
 * A form `action` attribute value: the URL escaped when it is `http:` or `https:`, and `""` (the
 * page itself, which posts nothing anywhere) for any other scheme — `javascript:` never reaches a form.
 *
 * @example
 * escapeHtmlUrl('https://b.oss-cn-hangzhou.aliyuncs.com') // 'https://b.oss-cn-hangzhou.aliyuncs.com'
 * escapeHtmlUrl('javascript:alert(1)') // ''
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function escapeHtmlUrl(url: string): string {
  return /^https?:\/\//i.test(String(url).trim()) ? escapeHtml(String(url).trim()) : '';
}
