// Loaded on demand (use-upload-session.ts, import()): the sender (XMLHttpRequest with progress)
// and the reader of OSS's PostResponse XML travel in this module's chunk; the first view needs
// neither.
import { parsePostResponse } from '../../oss/index.ts';
import { sendPostForm, type UploadOutcome, type UploadRequest } from '../remote/upload.ts';
import type { AnsweredOutcome } from './outcome.ts';

/** An outcome with the PostResponse its body holds (null when it holds none). */
export function readAnswer(outcome: UploadOutcome): AnsweredOutcome {
  return { ...outcome, postResponse: parsePostResponse(outcome.body) };
}

/** Sends the form and reads the PostResponse of its answer. */
export async function sendAndRead(request: UploadRequest): Promise<AnsweredOutcome> {
  return readAnswer(await sendPostForm(request));
}
