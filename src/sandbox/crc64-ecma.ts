// CRC-64/ECMA-182 as OSS reports it in x-oss-hash-crc64ecma (the reflected "XZ" variant: init and
// final xor all ones). The 64-bit state is kept as two 32-bit halves and updated 8 bytes at a time
// with eight tables (slicing-by-8), so no BigInt is touched per byte. The 8 bytes are read as two
// little-endian 32-bit words through an Int32Array view of the chunk's aligned middle, which about
// doubles the speed over assembling each word from four byte loads.

const POLY_LO = 0xd7870f42 | 0;
const POLY_HI = 0xc96c5795 | 0;
const LO = new Int32Array(8 * 256);
const HI = new Int32Array(8 * 256);
/** Word reads need the platform's byte order to match the CRC's (little-endian). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** Below this many bytes, setting up a word view costs more than it saves. */
const WORD_PATH_MIN_BYTES = 64;

function buildTables(): void {
  for (let i = 0; i < 256; i += 1) {
    let lo = i;
    let hi = 0;
    for (let bit = 0; bit < 8; bit += 1) {
      const odd = lo & 1;
      lo = (lo >>> 1) | (hi << 31);
      hi >>>= 1;
      if (odd) {
        lo ^= POLY_LO;
        hi ^= POLY_HI;
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
      LO[k * 256 + i] = ((prevLo >>> 8) | (prevHi << 24)) ^ LO[index];
      HI[k * 256 + i] = (prevHi >>> 8) ^ HI[index];
    }
  }
}
buildTables();

/** The running state: low and high 32 bits of the (inverted) CRC register. */
interface State {
  lo: number;
  hi: number;
}

function updateBytes(state: State, chunk: Uint8Array, from: number, to: number): void {
  let { lo, hi } = state;
  for (let i = from; i < to; i += 1) {
    const index = (lo ^ chunk[i]) & 0xff;
    lo = ((lo >>> 8) | (hi << 24)) ^ LO[index];
    hi = (hi >>> 8) ^ HI[index];
  }
  state.lo = lo;
  state.hi = hi;
}

/** Eight bytes per step; `words` holds little-endian 32-bit words, an even number of them. */
function updateWords(state: State, words: Int32Array): void {
  let { lo, hi } = state;
  for (let j = 0; j < words.length; j += 2) {
    const a = lo ^ words[j];
    const b = hi ^ words[j + 1];
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
  state.lo = lo;
  state.hi = hi;
}

function updateChunk(state: State, chunk: Uint8Array): void {
  if (!LITTLE_ENDIAN || chunk.length < WORD_PATH_MIN_BYTES) {
    updateBytes(state, chunk, 0, chunk.length);
    return;
  }
  // Bytes up to the first 4-byte-aligned address, then whole 8-byte steps, then the rest.
  const head = (4 - (chunk.byteOffset & 3)) & 3;
  updateBytes(state, chunk, 0, head);
  const steps = (chunk.length - head) >>> 3;
  updateWords(state, new Int32Array(chunk.buffer, chunk.byteOffset + head, steps * 2));
  updateBytes(state, chunk, head + steps * 8, chunk.length);
}

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
  const state: State = { lo: -1, hi: -1 };
  return {
    update(chunk) {
      updateChunk(state, chunk);
    },
    digest() {
      const high = BigInt(~state.hi >>> 0);
      const low = BigInt(~state.lo >>> 0);
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
