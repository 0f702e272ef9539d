import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crc64Ecma, createCrc64 } from './crc64-ecma.ts';

// Bit-at-a-time reference over BigInt: reflected polynomial 0xC96C5795D7870F42, init/xorout all ones.
function crc64Reference(data: Uint8Array): string {
  const poly = 0xc96c5795d7870f42n;
  const mask = 0xffffffffffffffffn;
  let crc = mask;
  for (const byte of data) {
    crc ^= BigInt(byte);
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1n ? (crc >> 1n) ^ poly : crc >> 1n;
  }
  return (crc ^ mask).toString();
}

describe('CRC64-ECMA as OSS reports it (x-oss-hash-crc64ecma)', () => {
  it('gives the check value for "123456789"', () => {
    expect(crc64Ecma(Buffer.from('123456789'))).toBe('11051210869376104954');
  });

  it('gives 0 for no bytes', () => {
    expect(crc64Ecma(new Uint8Array(0))).toBe('0');
  });

  it.each([1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 4099])(
    'matches the bitwise reference over %i random bytes',
    (size) => {
      const data = randomBytes(size);
      expect(crc64Ecma(data)).toBe(crc64Reference(data));
    },
  );

  it('is the same whatever the chunking', () => {
    const data = randomBytes(5000);
    const crc = createCrc64();
    for (let at = 0; at < data.length; at += 333) crc.update(data.subarray(at, at + 333));
    expect(crc.digest()).toBe(crc64Reference(data));
  });

  // Chunks that start at every offset modulo 8 of their ArrayBuffer, with every length modulo 8,
  // take the aligned word path with all head and tail lengths.
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('is right for a chunk starting at byte offset %i', (offset) => {
    const backing = new Uint8Array(offset + 1000);
    backing.set(randomBytes(backing.length));
    for (const length of [64, 65, 66, 67, 68, 69, 70, 71, 200, 1000 - 7]) {
      const chunk = backing.subarray(offset, offset + length);
      expect(crc64Ecma(chunk)).toBe(crc64Reference(chunk));
    }
  });
});
