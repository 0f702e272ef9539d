// The page's runtime calls into the core, in one place (ui imports core types only).
// What the first paint needs is imported statically. The rest loads on demand, in its own chunk,
// so the initial bundle stays small: the signer with the checks (right after the first paint),
// the error reader with the error catalog (once an upload answers) and OSS's verdict (once a
// file is chosen).
import type {
  evaluatePost,
  explainOssError,
  parseOssError,
  PostForm,
  PostFormSpec,
} from '../oss/index.ts';

import { PageError, reasonOf, type PageErrorKey } from './page-errors/page-error.ts';

export { renderCorsRuleXmlForOrigin } from '../oss/index.ts';

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

let signer: Promise<typeof import('./core-sign.ts')> | undefined;

/**
 * Builds and signs the form (the core's `buildPostForm`), loading the signer and the checks the
 * first time; later calls reuse the loaded module without going through import() again.
 */
export async function buildPostForm(spec: PostFormSpec): Promise<PostForm> {
  signer ??= import('./core-sign.ts').catch((error: unknown) => {
    signer = undefined; // a later call tries again
    throw explainLoadFailure('loadSigner', error);
  });
  return (await signer).buildPostForm(spec);
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
export type ResultLogic = typeof import('./result-logic.ts');

/** Loads the Result pane's logic: preview, dry run, reading of an answer, one-click fixes. */
export async function loadResultLogic(): Promise<ResultLogic> {
  try {
    return await import('./result-logic.ts');
  } catch (error) {
    throw explainLoadFailure('loadResultLogic', error);
  }
}

/** Loads OSS's verdict (`evaluatePost`) for the dry run. */
export async function loadEvaluator(): Promise<Evaluator> {
  try {
    const { evaluatePost } = await import('./core-evaluate.ts');
    return { evaluatePost };
  } catch (error) {
    throw explainLoadFailure('loadEvaluator', error);
  }
}
