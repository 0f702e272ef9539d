// The page's runtime calls into the core, in one place (ui imports core types only).
// What the first view needs is imported statically: the signer with the checks and the Result
// pane's logic (behind import() they made a waterfall before the first signature; bench
// first-signature). What only a later step needs loads then, in its own chunk: the error reader
// with the error catalog (once an upload answers) and OSS's verdict (once a file is chosen).
import type { evaluatePost, explainOssError, parseOssError } from '../oss/index.ts';
import * as resultLogic from './result-logic.ts';

import { PageError, reasonOf, type PageErrorKey } from './page-errors/page-error.ts';

export { buildPostForm, renderCorsRuleXmlForOrigin } from '../oss/index.ts';

/** Reads an OSS `<Error>` answer and explains it from the catalog. */
export interface ErrorReader {
  parseOssError: typeof parseOssError;
  explainOssError: typeof explainOssError;
}

/** OSS's verdict on a concrete request (the dry run). */
export interface Evaluator {
  evaluatePost: typeof evaluatePost;
}

/** A part of the page that did not load, said in the reader's language (page-errors/). */
function explainLoadFailure(part: PageErrorKey, error: unknown): PageError {
  return new PageError(part, { reason: reasonOf(error) }, { cause: error });
}

/** Loads the OSS error parser and the error catalog. */
export async function loadErrorReader(): Promise<ErrorReader> {
  try {
    const { parseOssError, explainOssError } = await import('./core-errors.ts');
    return { parseOssError, explainOssError };
  } catch (error) {
    throw explainLoadFailure('loadErrorReader', error);
  }
}

/** What the Result pane derives from the signed form (result-logic.ts). */
export type ResultLogic = typeof resultLogic;

/** The Result pane's logic: preview, dry run, reading of an answer, one-click fixes. */
export const RESULT_LOGIC: ResultLogic = resultLogic;

/** Loads OSS's verdict (`evaluatePost`) for the dry run. */
export async function loadEvaluator(): Promise<Evaluator> {
  try {
    const { evaluatePost } = await import('./core-evaluate.ts');
    return { evaluatePost };
  } catch (error) {
    throw explainLoadFailure('loadEvaluator', error);
  }
}
