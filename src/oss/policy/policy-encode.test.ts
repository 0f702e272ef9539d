import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D1, D2, T1, T2, T3, T4 } from '../signing/signing-vectors.ts';
import { decodePolicy } from './policy-decode.ts';
import { encodePolicy, serializePolicy } from './policy-encode.ts';
import type { PolicyDocument } from './policy-types.ts';

describe('encodePolicy on the exact bytes of the published vectors', () => {
  it.each([T1, T2, T3, T4, D1, D2])('$id', (v) => {
    expect(encodePolicy(v.policyJson)).toBe(v.policyBase64);
  });
});

describe('decodePolicy ⇄ encodePolicy on the published vectors', () => {
  it.each([T1, T2, T3, T4, D1, D2])('$id decodes to its JSON', (v) => {
    const r = decodePolicy(v.policyBase64);
    expect(r).toEqual({ ok: true, value: expect.anything() });
    if (!r.ok) return;
    const parsed = JSON.parse(v.policyJson) as PolicyDocument;
    expect(r.value).toEqual({ expiration: parsed.expiration, conditions: parsed.conditions });
    // Re-encoding the document gives JSON.stringify's bytes, which may differ from the original
    // (escaped slashes, key order) — the reason the builder serialises once and keeps the text.
    expect(decodePolicy(encodePolicy(r.value))).toEqual(r);
  });
});

describe('serializePolicy', () => {
  it('puts expiration first and keeps condition order, like JSON.stringify', () => {
    const doc: PolicyDocument = {
      conditions: [{ bucket: 'b' }, ['starts-with', '$key', 'a/']],
      expiration: '2030-01-01T00:00:00.000Z',
    } as PolicyDocument;
    expect(serializePolicy(doc)).toBe(
      '{"expiration":"2030-01-01T00:00:00.000Z","conditions":[{"bucket":"b"},["starts-with","$key","a/"]]}',
    );
  });

  it('encodes non-Latin-1 text as UTF-8 (what btoa cannot)', () => {
    const doc: PolicyDocument = {
      expiration: '2030-01-01T00:00:00.000Z',
      conditions: [['starts-with', '$key', '用户/😀']],
    };
    const b64 = encodePolicy(doc);
    expect(Buffer.from(b64, 'base64').toString('utf8')).toBe(serializePolicy(doc));
  });
});

const conditionArb = fc.oneof(
  fc.dictionary(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: 'grapheme' }), {
    minKeys: 1,
    maxKeys: 1,
  }),
  fc.tuple(
    fc.constantFrom('eq' as const, 'starts-with' as const),
    fc.string({ unit: 'grapheme' }).map((s) => `$${s || 'key'}`),
    fc.string({ unit: 'grapheme' }),
  ),
  fc
    .tuple(fc.nat(), fc.nat())
    .map(([a, b]) => ['content-length-range', Math.min(a, b), Math.max(a, b)] as const),
  fc.tuple(
    fc.constantFrom('in' as const, 'not-in' as const),
    fc.constant('$content-type'),
    fc.array(fc.string({ unit: 'grapheme' })),
  ),
);

describe('round trip (property)', () => {
  it('decodePolicy(encodePolicy(doc)) gives doc back for any valid document', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.array(conditionArb, { minLength: 1, maxLength: 6 }),
        (date, conditions) => {
          const doc = { expiration: date.toISOString(), conditions } as PolicyDocument;
          expect(decodePolicy(encodePolicy(doc))).toEqual({ ok: true, value: doc });
          expect(decodePolicy(serializePolicy(doc))).toEqual({ ok: true, value: doc });
        },
      ),
    );
  });
});
