// CRC-64/ECMA-182 as OSS reports it in x-oss-hash-crc64ecma (the reflected "XZ" variant: init and
// final xor all ones). The 64-bit state is kept as two 32-bit halves and updated 8 bytes at a time
// with eight tables (slicing-by-8), so no BigInt is touched per byte.

const POLY_LO = 0xd7870f42;
const POLY_HI = 0xc96c5795;
const LO = new Uint32Array(8 * 256);
const HI = new Uint32Array(8 * 256);

function buildTables(): void {
  for (let i = 0; i < 256; i += 1) {
    let lo = i;
    let hi = 0;
    for (let bit = 0; bit < 8; bit += 1) {
      const odd = lo & 1;
      lo = ((lo >>> 1) | (hi << 31)) >>> 0;
      hi >>>= 1;
      if (odd) {
        lo = (lo ^ POLY_LO) >>> 0;
        hi = (hi ^ POLY_HI) >>> 0;
      }
    }
    LO[i] = lo;
    HI[i] = hi;
  }
  for (let k = 1; k < 8; k += 1) {
    for (let i = 0; i < 256; i += 1) {
      const prevLo = LO[(k - 1) * 256 + i];
      const prevHi = HI[(k - 1) * 256 + i];
      const index = prevLo & 0xff;
      LO[k * 256 + i] = (((prevLo >>> 8) | (prevHi << 24)) ^ LO[index]) >>> 0;
      HI[k * 256 + i] = ((prevHi >>> 8) ^ HI[index]) >>> 0;
    }
  }
}
buildTables();

/** A running CRC64-ECMA: feed chunks with `update`, read the unsigned decimal with `digest`. */
export interface Crc64 {
  update: (chunk: Uint8Array) => void;
  digest: () => string;
}

/**
 * Starts a CRC64-ECMA computation.
 *
 * @example
 * const crc = createCrc64(); crc.update(Buffer.from('123456789')); crc.digest() // '11051210869376104954'
 */
export function createCrc64(): Crc64 {
  let lo = 0xffffffff;
  let hi = 0xffffffff;
  return {
    update(chunk) {
      let i = 0;
      const end8 = chunk.length - (chunk.length % 8);
      for (; i < end8; i += 8) {
        const a =
          (lo ^ (chunk[i] | (chunk[i + 1] << 8) | (chunk[i + 2] << 16) | (chunk[i + 3] << 24))) >>>
          0;
        const b =
          (hi ^
            (chunk[i + 4] | (chunk[i + 5] << 8) | (chunk[i + 6] << 16) | (chunk[i + 7] << 24))) >>>
          0;
        const t7 = 1792 + (a & 0xff);
        const t6 = 1536 + ((a >>> 8) & 0xff);
        const t5 = 1280 + ((a >>> 16) & 0xff);
        const t4 = 1024 + (a >>> 24);
        const t3 = 768 + (b & 0xff);
        const t2 = 512 + ((b >>> 8) & 0xff);
        const t1 = 256 + ((b >>> 16) & 0xff);
        const t0 = b >>> 24;
        lo = LO[t7] ^ LO[t6] ^ LO[t5] ^ LO[t4] ^ LO[t3] ^ LO[t2] ^ LO[t1] ^ LO[t0];
        hi = HI[t7] ^ HI[t6] ^ HI[t5] ^ HI[t4] ^ HI[t3] ^ HI[t2] ^ HI[t1] ^ HI[t0];
      }
      for (; i < chunk.length; i += 1) {
        const index = (lo ^ chunk[i]) & 0xff;
        lo = (((lo >>> 8) | (hi << 24)) ^ LO[index]) >>> 0;
        hi = ((hi >>> 8) ^ HI[index]) >>> 0;
      }
      lo >>>= 0;
      hi >>>= 0;
    },
    digest() {
      const high = BigInt((hi ^ 0xffffffff) >>> 0);
      const low = BigInt((lo ^ 0xffffffff) >>> 0);
      return ((high << 32n) | low).toString();
    },
  };
}

/** CRC64-ECMA of one buffer, as an unsigned decimal string. */
export function crc64Ecma(data: Uint8Array): string {
  const crc = createCrc64();
  crc.update(data);
  return crc.digest();
}
