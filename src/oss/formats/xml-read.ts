// A small, tolerant reader for the flat XML bodies OSS sends (<Error>, <CORSConfiguration>, …).
// It reads elements, text, CDATA and the predefined and numeric entities, skips the BOM, the XML
// declaration, comments, processing instructions and a DOCTYPE, and gives null (never a throw) for
// anything that is not one well-formed element tree: truncated bodies, HTML pages, JSON, empty text.
// https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses

/**
 * One XML element: its name, its decoded text (all text nodes joined) and its child elements.
 *
 * @example
 * readXml('<Code>AccessDenied</Code>') // { name: 'Code', text: 'AccessDenied', children: [] }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses
 */
export interface XmlElement {
  name: string;
  text: string;
  children: XmlElement[];
}

const MAX_DEPTH = 64;
const NAME = /[A-Za-z_:][-A-Za-z0-9_.:\u00B7\u00C0-\uFFFF]*/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the five predefined entities and numeric character references; anything else is kept.
 *
 * @example
 * decodeXmlEntities('a &amp; b &#x263A; &#65;') // 'a & b ☺ A'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses
 */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

/**
 * Reads one XML document into its root element, or null when the text is not well-formed XML.
 *
 * @example
 * readXml('\uFEFF<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>')?.children[0]
 * // { name: 'Code', text: 'AccessDenied', children: [] }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses
 */
export function readXml(source: string): XmlElement | null {
  const cursor = { text: source, at: source.startsWith('\uFEFF') ? 1 : 0 };
  skipMisc(cursor);
  if (cursor.text[cursor.at] !== '<') return null;
  const root = readElement(cursor, 0);
  if (root === null) return null;
  skipMisc(cursor);
  return cursor.at === cursor.text.length ? root : null;
}

/**
 * The text of the first child element with this name, or undefined.
 *
 * @example
 * childText(readXml('<A><B>1</B></A>')!, 'B') // '1'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses
 */
export function childText(element: XmlElement, name: string): string | undefined {
  return element.children.find((child) => child.name === name)?.text;
}

interface Cursor {
  text: string;
  at: number;
}

/** Skips whitespace, comments, processing instructions (the declaration too) and a DOCTYPE. */
function skipMisc(cursor: Cursor): void {
  for (;;) {
    while (/\s/.test(cursor.text[cursor.at] ?? '')) cursor.at += 1;
    const rest = cursor.text.startsWith.bind(cursor.text);
    const end = rest('<!--', cursor.at)
      ? closeAfter(cursor, '-->')
      : rest('<?', cursor.at)
        ? closeAfter(cursor, '?>')
        : rest('<!DOCTYPE', cursor.at)
          ? closeAfter(cursor, '>')
          : -1;
    if (end < 0) return;
    cursor.at = end;
  }
}

/** The index just past `marker`, searching from the cursor; the text's length when it is absent. */
function closeAfter(cursor: Cursor, marker: string): number {
  const found = cursor.text.indexOf(marker, cursor.at + 2);
  return found < 0 ? cursor.text.length + 1 : found + marker.length;
}

function readName(cursor: Cursor): string | null {
  NAME.lastIndex = cursor.at;
  const match = NAME.exec(cursor.text);
  if (match === null) return null;
  cursor.at += match[0].length;
  return match[0];
}

/** Reads `<name …>content</name>` or `<name …/>` at the cursor (which is on `<`). */
function readElement(cursor: Cursor, depth: number): XmlElement | null {
  if (depth > MAX_DEPTH) return null;
  cursor.at += 1;
  const name = readName(cursor);
  if (name === null) return null;
  const selfClosing = skipAttributes(cursor);
  if (selfClosing === null) return null;
  const element: XmlElement = { name, text: '', children: [] };
  if (selfClosing) return element;
  return readContent(cursor, element, depth) ? element : null;
}

/** Moves past the attributes and `>`; true when the tag was `/>`, null when the tag never ends. */
function skipAttributes(cursor: Cursor): boolean | null {
  const { text } = cursor;
  let quote = '';
  for (; cursor.at < text.length; cursor.at += 1) {
    const char = text[cursor.at];
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '<') {
      return null;
    } else if (char === '>') {
      cursor.at += 1;
      return text[cursor.at - 2] === '/';
    }
  }
  return null;
}

function readContent(cursor: Cursor, element: XmlElement, depth: number): boolean {
  const { text } = cursor;
  let content = '';
  while (cursor.at < text.length) {
    const next = text.indexOf('<', cursor.at);
    if (next < 0) return false;
    content += decodeXmlEntities(text.slice(cursor.at, next));
    cursor.at = next;
    if (text.startsWith('<![CDATA[', next)) {
      const end = text.indexOf(']]>', next + 9);
      if (end < 0) return false;
      content += text.slice(next + 9, end);
      cursor.at = end + 3;
    } else if (text.startsWith('<!--', next)) {
      const end = text.indexOf('-->', next + 4);
      if (end < 0) return false;
      cursor.at = end + 3;
    } else if (text.startsWith('<?', next)) {
      const end = text.indexOf('?>', next + 2);
      if (end < 0) return false;
      cursor.at = end + 2;
    } else if (text.startsWith('</', next)) {
      cursor.at = next + 2;
      if (readName(cursor) !== element.name) return false;
      while (/\s/.test(text[cursor.at] ?? '')) cursor.at += 1;
      if (text[cursor.at] !== '>') return false;
      cursor.at += 1;
      element.text = content;
      return true;
    } else {
      const child = readElement(cursor, depth + 1);
      if (child === null) return false;
      element.children.push(child);
    }
  }
  return false;
}
