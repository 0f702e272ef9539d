import { randomFillSync } from 'node:crypto';

const ID_BYTES = 12;
/** Random bytes drawn for this many ids at once: one draw per request was a visible cost. */
const IDS_PER_DRAW = 256;
const pool = Buffer.alloc(ID_BYTES * IDS_PER_DRAW);
let next = pool.length;

/** A fresh OSS-style request id: 24 upper-case hex characters. */
export function createRequestId(): string {
  if (next >= pool.length) {
    randomFillSync(pool);
    next = 0;
  }
  next += ID_BYTES;
  return pool.toString('hex', next - ID_BYTES, next).toUpperCase();
}
