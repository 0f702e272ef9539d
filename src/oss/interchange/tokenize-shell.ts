// POSIX shell words, enough to read a pasted curl command: quotes, escapes, line continuations,
// ANSI-C $'…' strings and comments. Nothing is expanded; `$VAR` is reported, not substituted.
import { fail, ok, type Result } from '../result.ts';
import { sayFrom } from '../texts.ts';
import { INTERCHANGE_TEXTS } from './texts-en.ts';

const say = sayFrom(INTERCHANGE_TEXTS);

/** One shell word and the variables it refers to (left unexpanded). */
export interface ShellWord {
  text: string;
  variables: string[];
  position: number;
}

const ANSI_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

const HEX_ESCAPE = /x([0-9a-fA-F]{1,2})/y;
const UNICODE_ESCAPE = /[uU]([0-9a-fA-F]{1,8})/y;
const OCTAL_ESCAPE = /[0-7]{1,3}/y;
// `$NAME` or `${NAME…`: only the name is read, so an unclosed `${` costs nothing more.
const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/y;

function readAt(pattern: RegExp, input: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(input);
}

function readAnsiC(input: string, start: number): { text: string; end: number } | null {
  let text = '';
  let i = start;
  while (i < input.length) {
    const ch = input[i];
    if (ch === "'") return { text, end: i + 1 };
    if (ch !== '\\') {
      text += ch;
      i += 1;
      continue;
    }
    const next = input[i + 1] ?? '';
    // Sticky patterns read at i + 1 without copying the rest of the input (linear, not quadratic).
    const hex = readAt(HEX_ESCAPE, input, i + 1);
    const uni = readAt(UNICODE_ESCAPE, input, i + 1);
    const oct = readAt(OCTAL_ESCAPE, input, i + 1);
    if (hex) {
      text += String.fromCharCode(parseInt(hex[1], 16));
      i += 1 + hex[0].length;
    } else if (uni) {
      text += String.fromCodePoint(Math.min(parseInt(uni[1], 16), 0x10ffff));
      i += 1 + uni[0].length;
    } else if (oct) {
      text += String.fromCharCode(parseInt(oct[0], 8));
      i += 1 + oct[0].length;
    } else {
      text += ANSI_ESCAPES[next] ?? `\\${next}`;
      i += 2;
    }
  }
  return null;
}

/**
 * Splits shell text into words like a POSIX shell would, without expanding anything.
 * Unbalanced quotes come back as a problem with the position of the opening quote.
 *
 * @example
 * tokenizeShell(`curl -F 'a=it'\\''s' -F "b=\\$HOME"`)
 * // ok: ['curl', '-F', "a=it's", '-F', 'b=$HOME'] (as ShellWord texts)
 * @see https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_02
 */
export function tokenizeShell(input: string): Result<ShellWord[]> {
  const words: ShellWord[] = [];
  let word: ShellWord | null = null;
  const start = (at: number): ShellWord => (word ??= { text: '', variables: [], position: at });
  const end = () => {
    if (word) words.push(word);
    word = null;
  };
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === '\\' && (input[i + 1] === '\n' || input.startsWith('\r\n', i + 1))) {
      i += input[i + 1] === '\n' ? 2 : 3;
    } else if (/\s/.test(ch)) {
      end();
      i += 1;
    } else if (ch === '#' && !word) {
      while (i < input.length && input[i] !== '\n') i += 1;
    } else if (ch === '\\') {
      start(i).text += input[i + 1] ?? '';
      i += 2;
    } else if (ch === "'") {
      const close = input.indexOf("'", i + 1);
      if (close < 0) return unbalanced("'", i);
      start(i).text += input.slice(i + 1, close);
      i = close + 1;
    } else if (ch === '$' && input[i + 1] === "'") {
      const read = readAnsiC(input, i + 2);
      if (!read) return unbalanced("$'", i);
      start(i).text += read.text;
      i = read.end;
    } else if (ch === '"') {
      const w = start(i);
      let j = i + 1;
      while (j < input.length && input[j] !== '"') {
        if (input[j] === '\\' && '$`"\\\n'.includes(input[j + 1] ?? '')) {
          if (input[j + 1] !== '\n') w.text += input[j + 1];
          j += 2;
        } else {
          if (input[j] === '$') noteVariable(w, input, j);
          // A run of plain characters is appended at once (one string, not one per character).
          const run = runEnd(input, j + 1, DOUBLE_QUOTED_STOPS);
          w.text += input.slice(j, run);
          j = run;
        }
      }
      if (j >= input.length) return unbalanced('"', i);
      i = j + 1;
    } else if (';|&<>'.includes(ch) && !word) {
      words.push({ text: ch, variables: [], position: i });
      i += 1;
    } else {
      const w = start(i);
      if (ch === '$') noteVariable(w, input, i);
      const run = runEnd(input, i + 1, PLAIN_STOPS);
      w.text += input.slice(i, run);
      i = run;
    }
  }
  end();
  return ok(words);
}

// Characters that end a run of plain text: outside quotes, and inside double quotes.
const PLAIN_STOPS = /[\s\\'"$;|&<>#]/g;
const DOUBLE_QUOTED_STOPS = /["\\$]/g;

/** Where the run of characters from `at` that `stops` does not match ends. */
function runEnd(input: string, at: number, stops: RegExp): number {
  stops.lastIndex = at;
  return stops.exec(input)?.index ?? input.length;
}

// Each word names a variable once: `${a` repeated 1,000,000 times is one variable, not a million.
const noted = new WeakMap<ShellWord, Set<string>>();

function noteVariable(word: ShellWord, input: string, at: number): void {
  const match = readAt(VARIABLE, input, at);
  if (!match) return;
  const name = match[1] ?? match[2];
  const seen = noted.get(word) ?? new Set<string>();
  noted.set(word, seen);
  if (seen.has(name)) return;
  seen.add(name);
  word.variables.push(name);
}

function unbalanced(quote: string, position: number) {
  return fail({
    id: 'shell.unbalanced-quote',
    ...say('shell-unbalanced-quote', { quote, position }),
    position,
  });
}
