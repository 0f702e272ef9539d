import type { NamedValue } from '../form/field-names.ts';
import { fail, ok, type Problem, type Result } from '../result.ts';
import { finishImport, type ImportedFile, type ImportedForm } from './imported-form.ts';
import { sayFrom } from '../texts.ts';
import { INTERCHANGE_TEXTS } from './texts-en.ts';

const say = sayFrom(INTERCHANGE_TEXTS);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Decodes the character references that appear in attribute values and textarea text.
 *
 * @example
 * decodeHtmlEntities('O&#39;Brien &amp; &#x7528;') // "O'Brien & 用"
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Attributes of one start tag, names lower-cased, values decoded; the first of a name wins.
 *
 * @example
 * readAttributes('<input TYPE=hidden name="key" value=\'a&amp;b\'>').get('value') // 'a&b'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const body = tag.replace(/^<\s*[a-z0-9]+/i, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(pattern)) {
    const name = match[1].toLowerCase();
    if (!attributes.has(name))
      attributes.set(name, decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** Finds `pattern` (a global regex) at or after `from`; -1 when it does not occur. */
function findFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

const COMMENT_END = /-->/g;
const INERT_START = /<!--|<(script|style)\b/gi;
const INERT_END: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

/**
 * Removes comments, scripts and styles, whose text is not part of any form. One pass: each search
 * starts where the last one ended, and an unclosed comment or script runs to the end of the text
 * (as in a browser), so no input makes it quadratic.
 */
function stripInert(html: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = findFrom(INERT_START, html, at);
    if (!start) return out + html.slice(at);
    out += html.slice(at, start.index);
    const element = start[1]?.toLowerCase();
    const close = element
      ? findFrom(INERT_END[element], html, start.index + start[0].length)
      : findFrom(COMMENT_END, html, start.index + 4);
    if (!close) return out;
    at = close.index + close[0].length;
  }
}

const TEXTAREA_END = /<\/textarea\s*>/gi;
const TAG_START = /<(\/?)(form|input|textarea|select|button)(?![A-Za-z0-9_])/gi;

/** One tag of interest: its element (`''` for `</form>`), its text and where it ends. */
interface ScannedTag {
  element: string;
  tag: string;
  end: number;
}

/**
 * The next form, input, textarea, select or button start tag (or `</form>`) at or after `from`,
 * reading quoted attribute values whole. A tag that never ends takes the rest of the text (as in a
 * browser), so the scan is linear.
 */
function nextTag(text: string, from: number): ScannedTag | undefined {
  for (let start = findFrom(TAG_START, text, from); start;) {
    let i = start.index + start[0].length;
    while (i < text.length && text[i] !== '>') {
      const quote = text[i];
      if (quote === '"' || quote === "'") {
        const closeQuote = text.indexOf(quote, i + 1);
        if (closeQuote < 0) return undefined;
        i = closeQuote;
      }
      i += 1;
    }
    if (i >= text.length) return undefined;
    const tag = text.slice(start.index, i + 1);
    if (start[1] === '') return { element: start[2].toLowerCase(), tag, end: i + 1 };
    if (start[2].toLowerCase() === 'form') return { element: '', tag, end: i + 1 };
    start = findFrom(TAG_START, text, i + 1); // another closing tag: not one we read
  }
  return undefined;
}

/**
 * Reads the first `<form>` of pasted HTML without a DOM: its `action`, and its named controls in
 * document order — hidden and text inputs as fields, `type=file` as the file part (with its
 * position), textareas with their text. Submit buttons with a name are reported (a browser sends
 * them after the file when clicked); selects, unchecked boxes and a wrong enctype are reported too.
 *
 * @example
 * importHtmlForm('<form action="https://b.oss-cn-hangzhou.aliyuncs.com" method="post" enctype="multipart/form-data">' +
 *   '<input type="hidden" name="key" value="a.txt"><input type="file" name="file"></form>')
 * // ok: { source: 'html', url: 'https://b.oss-cn-hangzhou.aliyuncs.com', fields: [{ name: 'key', value: 'a.txt' }],
 * //       files: [{ name: 'file', index: 1 }], … }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function importHtmlForm(html: string): Result<ImportedForm> {
  const text = stripInert(html);
  const fields: NamedValue[] = [];
  const files: ImportedFile[] = [];
  const problems: Problem[] = [];
  let url: string | undefined;
  let inForm = false;
  let formsSeen = 0;
  for (let scanned = nextTag(text, 0); scanned; scanned = nextTag(text, scanned.end)) {
    const { tag, element } = scanned;
    if (!element) {
      if (inForm) break;
      continue;
    }
    const attrs = readAttributes(tag);
    if (element === 'form') {
      formsSeen += 1;
      if (formsSeen > 1) break;
      inForm = true;
      url = attrs.get('action') || undefined;
      if ((attrs.get('method') ?? 'get').toLowerCase() !== 'post') {
        problems.push({
          id: 'html.method',
          ...say('html-method'),
        });
      }
      if ((attrs.get('enctype') ?? '').toLowerCase() !== 'multipart/form-data') {
        problems.push({
          id: 'html.enctype',
          ...say('html-enctype'),
          oss: {
            code: 'RequestIsNotMultiPartContent',
            message: 'Bucket POST must be of the enclosure-type multipart/form-data',
          },
        });
      }
      continue;
    }
    const name = attrs.get('name');
    if (!name || attrs.has('disabled')) continue;
    if (element === 'textarea') {
      const close = findFrom(TEXTAREA_END, text, scanned.end);
      const inner = text.slice(scanned.end, close ? close.index : undefined);
      fields.push({ name, value: decodeHtmlEntities(inner.replace(/^\r?\n/, '')) });
      if (!close) break;
      // The textarea's text is not markup: read on after its end tag.
      scanned = { ...scanned, end: close.index + close[0].length };
      continue;
    }
    const type = (attrs.get('type') ?? (element === 'button' ? 'submit' : 'text')).toLowerCase();
    if (element === 'select') {
      problems.push({
        id: 'html.select',
        ...say('html-select', { name }),
        path: name,
      });
    } else if (type === 'file') {
      files.push({ name, index: fields.length });
    } else if (['submit', 'image', 'button', 'reset'].includes(type)) {
      problems.push({
        id: 'html.named-button',
        ...say('html-named-button', { type, name }),
        path: name,
      });
    } else if ((type === 'checkbox' || type === 'radio') && !attrs.has('checked')) {
      continue;
    } else {
      fields.push({ name, value: attrs.get('value') ?? '' });
    }
  }
  if (formsSeen === 0) {
    return fail({
      id: 'html.no-form',
      ...say('html-no-form'),
    });
  }
  return ok(finishImport('html', fields, files, problems, url));
}
