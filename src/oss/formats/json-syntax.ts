// Where JSON text goes wrong, independent of the JS engine's error wording (V8, SpiderMonkey and
// JavaScriptCore all phrase and position JSON.parse errors differently). Used for policy errors.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { sayFrom, type TextRef } from '../texts.ts';
import { FORMATS_TEXTS, type JsonExpected } from './texts-en.ts';

/** The first syntax error in a JSON text: character offset and what was expected there. */
export interface JsonSyntaxError {
  position: number;
  line: number;
  column: number;
  message: string;
  /** The message by id and parameters (`expected` a JSON_EXPECTED_EN key, `found` '' at the end). */
  text?: TextRef;
}

interface Stop {
  position: number;
  expected: JsonExpected;
}

const say = sayFrom(FORMATS_TEXTS);

/**
 * Scans a JSON text (RFC 8259) and returns its first syntax error, or `null` when it is valid.
 *
 * @example
 * findJsonSyntaxError('{"expiration":"x",}')
 * // { position: 18, line: 1, column: 19, message: "expected a string (member name) but found '}'" }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  // A plain record thrown to unwind the recursive scan; caught below and never escapes.
  const STOP: Stop = { position: 0, expected: 'end' };
  const stop = (expected: JsonExpected): never => {
    STOP.position = i;
    STOP.expected = expected;
    throw STOP;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else stop('value');
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) stop('control-char');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else stop('escape');
      } else i++;
    }
    stop('closing-quote');
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) stop('number');
    else i += m[0].length;
  };
  const value = (depth: number): void => {
    if (depth > 512) stop('depth');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') stop('member-name');
        string();
        ws();
        if (text[i] !== ':') stop('colon');
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else stop('comma-brace');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else stop('comma-bracket');
      }
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    stop('value');
  };
  try {
    value(0);
    ws();
    if (i < text.length) stop('end');
    return null;
  } catch (caught) {
    if (caught !== STOP) throw caught;
    const e = STOP;
    const before = text.slice(0, e.position);
    const line = before.split('\n').length;
    const column = e.position - before.lastIndexOf('\n');
    const found = e.position >= text.length ? '' : text[e.position];
    return {
      position: e.position,
      line,
      column,
      ...say('json-expected', { expected: e.expected, found }),
    };
  }
}
