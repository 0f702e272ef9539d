import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { buildPostForm, type PostForm, type PostFormSpec } from '../oss/index.ts';
import type { BuilderValues } from './form/builder-schema.ts';
import { toPostFormSpec, type SigningContext } from './form/to-post-form-spec.ts';
import { PAGE_ERRORS_TEXTS } from './page-errors/texts-en.ts';
import { PageError, reasonOf, sayPageError } from './page-errors/page-error.ts';
import { useTexts } from '../ui/i18n/texts.ts';

export interface SignedFormState {
  form: PostForm | null;
  error: string | null;
  /** When the shown form was signed (its x-oss-date). */
  signedAt: number;
}

/** Signs `values` now: the same call the live view and the upload use. */
export function signForm(values: BuilderValues, context: SigningContext = {}): Promise<PostForm> {
  return buildPostForm(toPostFormSpec(values, new Date(), context));
}

/** The shown form is signed again this often, so its x-oss-date and expiration stay current. */
export const RESIGN_INTERVAL_MS = 60_000;

const EPOCH = new Date(0);

/** The spec without its signing time: what the signature depends on, and the query's key. */
function specOf(values: BuilderValues, context: SigningContext): Omit<PostFormSpec, 'now'> {
  const { now: _signingTime, ...spec } = toPostFormSpec(values, EPOCH, context);
  return spec;
}

interface Signed {
  form: PostForm;
  signedAt: number;
}

async function signNow(spec: Omit<PostFormSpec, 'now'>): Promise<Signed> {
  const signedAt = Date.now();
  try {
    return { form: await buildPostForm({ ...spec, now: new Date(signedAt) }), signedAt };
  } catch (error) {
    if (error instanceof PageError) throw error; // a part of the page did not load: it says so
    throw new PageError('signFailed', { reason: reasonOf(error) }, { cause: error });
  }
}

let ahead: { key: string; signed: Signed } | undefined;

/**
 * Signs the values the page starts from before its first render (main.tsx), so that render
 * already shows the signed form: one render to the first signature, not two. A failure is left to
 * the query, which signs again and shows the error.
 */
export async function signAhead(values: BuilderValues, context: SigningContext): Promise<void> {
  const spec = specOf(values, context);
  ahead = await signNow(spec).then(
    (signed) => ({ key: JSON.stringify(spec), signed }),
    () => undefined,
  );
}

/** The form signed ahead, once, for the query of the same spec (undefined otherwise). */
function takeAhead(spec: Omit<PostFormSpec, 'now'>): Signed | undefined {
  if (ahead === undefined || ahead.key !== JSON.stringify(spec)) return undefined;
  const { signed } = ahead;
  ahead = undefined;
  return signed;
}

/**
 * The signed form as a query keyed on the spec: a keystroke that changes the spec signs again (a
 * few Web Crypto calls, no debounce); values that do not reach the spec (the endpoint field in
 * region mode, UI-only state) do not. The shown form stays while the next one is signed, and it is
 * signed again once a minute so its x-oss-date and expiration stay current.
 */
export function useSignedForm(
  values: BuilderValues,
  context: SigningContext = {},
): SignedFormState {
  const spec = specOf(values, context);
  const errorTexts = useTexts(PAGE_ERRORS_TEXTS);
  const query = useQuery({
    queryKey: ['signed-form', spec],
    queryFn: () => signNow(spec),
    initialData: () => takeAhead(spec),
    placeholderData: keepPreviousData,
    refetchInterval: RESIGN_INTERVAL_MS,
    staleTime: RESIGN_INTERVAL_MS,
    gcTime: 0,
    retry: false,
  });
  return {
    form: query.data?.form ?? null,
    error: query.error ? sayPageError(query.error, errorTexts) : null,
    signedAt: query.data?.signedAt ?? 0,
  };
}
