// Loaded on demand (use-upload-session.ts, import()): the OSS error reader and the error catalog
// are only needed once an upload answered with an error, so they travel in this module's chunk.
import {
  explainOssError,
  parseOssError,
  type Explanation,
  type OssError,
} from '../../oss/index.ts';

/** An error answer read: OSS's `<Error>` (null when the body is not one) and its explanation. */
export interface ExplainedAnswer {
  error: OssError | null;
  explanation: Explanation | null;
}

/** Reads OSS's `<Error>` body and headers and explains it from the catalog. */
export function explainAnswer(body: string, headers: Record<string, string>): ExplainedAnswer {
  const error = parseOssError(body, headers);
  const explanation = error
    ? explainOssError({ code: error.code, message: error.message, ec: error.ec })
    : null;
  return { error, explanation };
}

/** `explainAnswer`, as the page receives it once its chunk has loaded. */
export type ExplainAnswer = typeof explainAnswer;
