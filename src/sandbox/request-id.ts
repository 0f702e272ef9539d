import { randomBytes } from 'node:crypto';

/** A fresh OSS-style request id: 24 upper-case hex characters. */
export function createRequestId(): string {
  return randomBytes(12).toString('hex').toUpperCase();
}
