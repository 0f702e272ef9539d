// Where JSON text goes wrong, independent of the JS engine's error wording (V8, SpiderMonkey and
// JavaScriptCore all phrase and position JSON.parse errors differently). Used for policy errors.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject

/** The first syntax error in a JSON text: character offset and what was expected there. */
export interface JsonSyntaxError {
  position: number;
  line: number;
  column: number;
  message: string;
}

interface Stop {
  position: number;
  expected: string;
}

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
  const STOP: Stop = { position: 0, expected: '' };
  const stop = (expected: string): never => {
    STOP.position = i;
    STOP.expected = expected;
    throw STOP;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else stop(`a value (string, number, object, array, true, false or null)`);
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) stop('a closing quote (control characters must be escaped, e.g. \\n)');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else stop('a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)');
      } else i++;
    }
    stop('a closing quote');
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) stop('a number');
    else i += m[0].length;
  };
  const value = (depth: number): void => {
    if (depth > 512) stop('less deeply nested JSON');
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
        if (text[i] !== '"') stop('a string (member name)');
        string();
        ws();
        if (text[i] !== ':') stop("':'");
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else stop("',' or '}'");
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
        } else stop("',' or ']'");
      }
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    stop('a value (string, number, object, array, true, false or null)');
  };
  try {
    value(0);
    ws();
    if (i < text.length) stop('the end of the text');
    return null;
  } catch (caught) {
    if (caught !== STOP) throw caught;
    const e = STOP;
    const before = text.slice(0, e.position);
    const line = before.split('\n').length;
    const column = e.position - before.lastIndexOf('\n');
    const found = e.position >= text.length ? 'the end of the text' : `'${text[e.position]}'`;
    return {
      position: e.position,
      line,
      column,
      message: `expected ${e.expected} but found ${found}`,
    };
  }
}
