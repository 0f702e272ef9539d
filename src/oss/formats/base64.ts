// Standard (RFC 4648 §4) padded Base64 over bytes, written here so the core needs neither `btoa`
// (which only takes Latin-1 strings) nor Node's Buffer.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { fail, ok, type Result } from '../result.ts';
import { sayFrom } from '../texts.ts';
import { FORMATS_TEXTS } from './texts-en.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE_TABLE: Int16Array = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/**
 * Standard Base64 with `=` padding of raw bytes.
 *
 * @example
 * encodeBase64(new Uint8Array([0xe7, 0x94, 0xa8])) // '55So'  (UTF-8 of 用)
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out +=
      ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + '==';
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + '=';
  }
  return out;
}

/**
 * Base64 of the UTF-8 bytes of a string (via TextEncoder), never `btoa` on the string itself.
 *
 * @example
 * encodeUtf8Base64('用户/') // '55So5oi3Lw=='
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function encodeUtf8Base64(text: string): string {
  return encodeBase64(new TextEncoder().encode(text));
}

const say = sayFrom(FORMATS_TEXTS);

function base64Problem(said: ReturnType<typeof say>, position: number) {
  return fail({ id: 'base64.invalid', ...said, position });
}

/**
 * Strict decode of standard padded Base64: only `A–Z a–z 0–9 + /`, length a multiple of 4,
 * `=` only as the last one or two characters. No whitespace, no URL-safe alphabet.
 *
 * @example
 * decodeBase64('55So5oi3Lw==') // { ok: true, value: Uint8Array [231,148,168,230,136,183,47] }
 * decodeBase64('abc')          // { ok: false, issues: [{ id: 'base64.invalid', … }] }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function decodeBase64(text: string): Result<Uint8Array> {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const body = text.length - pad;
  for (let i = 0; i < body; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && DECODE_TABLE[c] >= 0) continue;
    const ch = text[i];
    if (ch === '-' || ch === '_') {
      return base64Problem(say('base64-url-safe', { ch, position: i }), i);
    }
    if (ch === '=') {
      return base64Problem(say('base64-padding', { position: i }), i);
    }
    return base64Problem(
      /\s/.test(ch)
        ? say('base64-whitespace', { position: i })
        : say('base64-char', { ch, position: i }),
      i,
    );
  }
  if (text.length % 4 !== 0) {
    return base64Problem(say('base64-length', { length: text.length }), text.length);
  }
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const a = DECODE_TABLE[text.charCodeAt(i)];
    const b = DECODE_TABLE[text.charCodeAt(i + 1)];
    const c = i + 2 < body ? DECODE_TABLE[text.charCodeAt(i + 2)] : 0;
    const d = i + 3 < body ? DECODE_TABLE[text.charCodeAt(i + 3)] : 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return ok(out);
}
