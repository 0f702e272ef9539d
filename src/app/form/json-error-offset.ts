/**
 * Where JSON text first goes wrong, as a character offset (undefined when it is valid).
 * V8's JSON.parse messages often omit the position, so the editor finds it with this small
 * recursive-descent scan (RFC 8259 grammar, no values built).
 */
export function findJsonErrorOffset(text: string): number | undefined {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at += 1;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail();
      at += 1;
    }
  };
  const string = () => {
    at += 1; // opening quote
    while (at < text.length) {
      const char = text[at];
      if (char === '"') {
        at += 1;
        return;
      }
      if (char < ' ') fail();
      if (char === '\\') {
        at += 1;
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail();
          at += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[at] ?? '')) fail();
      }
      at += 1;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match) fail();
    at += match![0].length;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{')
      return members('}', () => {
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ':') fail();
        at += 1;
        value();
      });
    if (char === '[') return members(']', value);
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    number();
  };
  const members = (close: string, member: () => void) => {
    at += 1;
    space();
    if (text[at] === close) {
      at += 1;
      return;
    }
    for (;;) {
      space();
      member();
      space();
      if (text[at] === ',') {
        at += 1;
        continue;
      }
      if (text[at] === close) {
        at += 1;
        return;
      }
      fail();
    }
  };
  try {
    value();
    space();
    return at < text.length ? at : undefined;
  } catch (offset) {
    return typeof offset === 'number' ? offset : undefined;
  }
}
