// Escaping for the JavaScript snippets (browser module, Node signer): string literals, literal
// values, comments — safe in a .js file and inside an inline <script> alike.
// https://tc39.es/ecma262/#sec-literals-string-literals
// https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
import { commentText, wellFormed } from './escape-text.ts';

/**
 * A JavaScript string literal: JSON's escapes, plus `<`, `>`, C1 controls (NEL), U+2028, U+2029 and U+FEFF as
 * `\uXXXX`, so no value ends a line, closes a `</script>` or opens `<!--`.
 *
 * @example
 * jsString('</script>\u2028') // '"\\u003c/script\\u003e\\u2028"'
 * @see https://tc39.es/ecma262/#sec-literals-string-literals
 */
export function jsString(value: string): string {
  return JSON.stringify(wellFormed(value)).replace(
    /[<>\u007f-\u009f\u2028\u2029\ufeff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A JavaScript literal of a JSON value. Object keys are quoted, and `__proto__` is written as a
 * computed key, which makes an own property (a plain `"__proto__":` would set the prototype).
 *
 * @example
 * jsLiteral({ __proto__: 'x', a: [1, true, null] }) // '{ ["__proto__"]: "x", "a": [1, true, null] }'
 * @see https://tc39.es/ecma262/#sec-object-initializer
 */
export function jsLiteral(value: unknown): string {
  if (typeof value === 'string') return jsString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(jsLiteral).join(', ')}]`;
  if (value && typeof value === 'object') {
    const members = Object.entries(value).map(
      ([key, member]) => `${jsKey(key)}: ${jsLiteral(member)}`,
    );
    return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
  }
  return 'null';
}

/**
 * An object literal's key for a name: a quoted string, and `__proto__` as a computed key, so
 * `{ [key]: value }` makes an own property whatever the name (a plain `"__proto__":` would set
 * the prototype instead).
 *
 * @example
 * jsKey('__proto__') // '["__proto__"]'
 * jsKey('a"b') // '"a\\"b"'
 * @see https://tc39.es/ecma262/#sec-object-initializer-static-semantics-early-errors
 */
export function jsKey(name: string): string {
  return name === '__proto__' ? `[${jsString(name)}]` : jsString(name);
}

/**
 * Text for a `//` or `/** … *\/` comment: one line, no `*\/`, no `</script` or `<!--`.
 *
 * @example
 * jsComment('2030\u2028alert(1) </script>') // '2030 alert(1) <\\/script>'
 * @see https://tc39.es/ecma262/#sec-comments
 */
export function jsComment(text: string): string {
  return commentText(text)
    .replace(/\*\//g, '* /')
    .replace(/<(?=[/!])/g, '<\\');
}
