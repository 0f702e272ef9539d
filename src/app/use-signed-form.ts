import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { buildPostForm, type PostForm } from '../oss/index.ts';
import type { BuilderValues } from './form/builder-schema.ts';
import { toPostFormSpec, type SigningContext } from './form/to-post-form-spec.ts';
import { PAGE_ERRORS_TEXTS } from './page-errors/texts-en.ts';
import { sayPageError } from './page-errors/page-error.ts';
import { signNow, specOf, takeAhead } from './sign-ahead.ts';
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
