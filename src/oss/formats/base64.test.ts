import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, encodeUtf8Base64 } from './base64.ts';

describe('encodeBase64', () => {
  it.each([
    ['empty', [], ''],
    ['one byte', [0x66], 'Zg=='],
    ['two bytes', [0x66, 0x6f], 'Zm8='],
    ['three bytes', [0x66, 0x6f, 0x6f], 'Zm9v'],
    ['high bytes use + and /', [0xfb, 0xff, 0xbf], '+/+/'],
  ])('%s', (_name, bytes, expected) => {
    expect(encodeBase64(new Uint8Array(bytes))).toBe(expected);
  });

  it('agrees with Node Buffer on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });
});

describe('encodeUtf8Base64', () => {
  it.each([
    ['Chinese', '用户/', '55So5oi3Lw=='],
    ['emoji (4 UTF-8 bytes)', '😀', '8J+YgA=='],
    ['Latin-1 range differs from btoa', 'é', 'w6k='],
  ])('%s', (_name, text, expected) => {
    expect(encodeUtf8Base64(text)).toBe(expected);
  });
});

describe('decodeBase64', () => {
  it.each([
    ['Zm9v', [0x66, 0x6f, 0x6f]],
    ['Zm8=', [0x66, 0x6f]],
    ['Zg==', [0x66]],
    ['', []],
  ])('decodes %j', (text, bytes) => {
    expect(decodeBase64(text)).toEqual({ ok: true, value: new Uint8Array(bytes) });
  });

  it.each([
    ['URL-safe alphabet', 'ab-_', 2, /URL-safe/],
    ['whitespace', 'Zm9v Zm9v', 4, /whitespace at position 4/],
    ['line break', 'Zm9v\nZm9v', 4, /whitespace/],
    ['foreign character', 'Zm9v!', 4, /character '!'/],
    ['padding in the middle', 'Zg==Zm9v', 2, /Padding/],
    ['three padding characters', 'Z===', 1, /Padding/],
    ['length not a multiple of 4', 'Zm9vZ', 5, /multiple of 4/],
    ['missing padding', 'Zg', 2, /multiple of 4/],
  ])('refuses %s', (_name, text, position, message) => {
    const r = decodeBase64(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].id).toBe('base64.invalid');
    expect(r.issues[0].position).toBe(position);
    expect(r.issues[0].message).toMatch(message);
  });

  it('round-trips arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeBase64(encodeBase64(bytes))).toEqual({ ok: true, value: bytes });
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const r = decodeBase64(text);
        if (r.ok) expect(encodeBase64(r.value).length).toBe(text.length);
      }),
    );
  });
});
