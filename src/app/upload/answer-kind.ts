import type { UploadOutcome } from '../remote/upload.ts';

// What kind of answer an upload got, before it is read (outcome.ts reads it, loaded with the
// sender): the page decides from this whether to load the error reader.

/** OSS stored the object: 2xx or 3xx, except 203 (stored, but the callback failed). */
export function isSuccess(outcome: UploadOutcome): boolean {
  return outcome.status >= 200 && outcome.status < 400 && outcome.status !== 203;
}

/** Whether reading this answer takes the error reader (an error status with a body to explain). */
export function needsErrorReader(outcome: UploadOutcome): boolean {
  return !outcome.aborted && outcome.status !== 0 && !isSuccess(outcome);
}
