// Loaded on demand (use-upload-session.ts, import()): the sender (XMLHttpRequest with progress),
// the reader of OSS's PostResponse XML and the reader of the answer (outcome.ts) travel in this
// module's chunk; the first view needs none of them.
import { parsePostResponse } from '../../oss/index.ts';
import { sendPostForm, type UploadOutcome, type UploadRequest } from '../remote/upload.ts';
import type { AnsweredOutcome } from './outcome.ts';

export { readOutcome } from './outcome.ts';

/** An outcome with the PostResponse its body holds (null when it holds none). */
export function readAnswer(outcome: UploadOutcome): AnsweredOutcome {
  return { ...outcome, postResponse: parsePostResponse(outcome.body) };
}

/** Sends the form and reads the PostResponse of its answer. */
export async function sendAndRead(request: UploadRequest): Promise<AnsweredOutcome> {
  return readAnswer(await sendPostForm(request));
}
