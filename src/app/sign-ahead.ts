import { buildPostForm, type PostForm, type PostFormSpec } from '../oss/index.ts';
import type { BuilderValues } from './form/builder-schema.ts';
import { toPostFormSpec, type SigningContext } from './form/to-post-form-spec.ts';
import { PageError, reasonOf } from './page-errors/page-error.ts';

// Signing with no React in it: main.tsx signs the page's starting form with it before the app's
// script has arrived, and use-signed-form.ts signs every later form with the same calls.

/** A signed form and when it was signed (its x-oss-date, in ms since the epoch). */
export interface Signed {
  form: PostForm;
  signedAt: number;
}

const EPOCH = new Date(0);

/**
 * The spec without its signing time: what the signature depends on, and the signed-form query's key.
 *
 * @example specOf(DEFAULT_VALUES, {}).bucket // the default bucket name
 */
export function specOf(values: BuilderValues, context: SigningContext): Omit<PostFormSpec, 'now'> {
  const { now: _signingTime, ...spec } = toPostFormSpec(values, EPOCH, context);
  return spec;
}

/**
 * Signs the spec now. A failure is a PageError saying why (signFailed), or the PageError of a part
 * of the page that did not load.
 *
 * @example (await signNow(specOf(values, context))).form.signature // 64 hex digits (V4)
 */
export async function signNow(spec: Omit<PostFormSpec, 'now'>): Promise<Signed> {
  const signedAt = Date.now();
  try {
    return { form: await buildPostForm({ ...spec, now: new Date(signedAt) }), signedAt };
  } catch (error) {
    if (error instanceof PageError) throw error;
    throw new PageError('signFailed', { reason: reasonOf(error) }, { cause: error });
  }
}

let ahead: { key: string; signed: Signed } | undefined;

/**
 * Signs the values the page starts from before the app renders (main.tsx), so the first signature
 * can be shown at once and the app's first render shows the same form: one signing, not two. A
 * failure is left to the app's query, which signs again and shows the error (undefined here).
 *
 * @example const signed = await signAhead(startingValues(sandbox), signingContext(null, sandbox))
 */
export async function signAhead(
  values: BuilderValues,
  context: SigningContext,
): Promise<Signed | undefined> {
  const spec = specOf(values, context);
  ahead = await signNow(spec).then(
    (signed) => ({ key: JSON.stringify(spec), signed }),
    () => undefined,
  );
  return ahead?.signed;
}

/**
 * The form signed ahead, once, for the query of the same spec (undefined otherwise).
 *
 * @example takeAhead(specOf(values, context)) // the signAhead result for these values, then undefined
 */
export function takeAhead(spec: Omit<PostFormSpec, 'now'>): Signed | undefined {
  if (ahead === undefined || ahead.key !== JSON.stringify(spec)) return undefined;
  const { signed } = ahead;
  ahead = undefined;
  return signed;
}
