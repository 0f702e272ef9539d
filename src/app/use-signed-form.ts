import { useEffect, useState } from 'react';
import type { PostForm, PostFormSpec } from '../oss/index.ts';
import { buildPostForm } from './core.ts';
import type { BuilderValues } from './form/builder-schema.ts';
import { toPostFormSpec } from './form/to-post-form-spec.ts';

export interface SignedFormState {
  form: PostForm | null;
  error: string | null;
  /** When the shown form was signed (its x-oss-date). */
  signedAt: number;
}

/** Signs `values` now: the same call the live view and the upload use. */
export function signForm(values: BuilderValues): Promise<PostForm> {
  return buildPostForm(toPostFormSpec(values, new Date()));
}

/** The shown form is signed again this often, so its x-oss-date and expiration stay current. */
export const RESIGN_INTERVAL_MS = 60_000;

/**
 * What the signature depends on, as text: the spec without its signing time. Values that do not
 * reach the spec (the endpoint field in region mode, UI-only state) do not cause a new signature.
 */
function specKey(values: BuilderValues): string {
  const { now: _signingTime, ...spec } = toPostFormSpec(values, new Date(0));
  return JSON.stringify(spec);
}

/**
 * The signed form, recomputed whenever the spec changes (signing is a few Web Crypto calls, no
 * debounce) and once a minute. A slower result never overwrites a newer one.
 */
export function useSignedForm(values: BuilderValues): SignedFormState {
  const [state, setState] = useState<SignedFormState>({ form: null, error: null, signedAt: 0 });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((count) => count + 1), RESIGN_INTERVAL_MS);
    return () => clearInterval(timer);
  }, []);
  const key = specKey(values);
  useEffect(() => {
    let current = true;
    const signedAt = Date.now();
    const spec = JSON.parse(key) as Omit<PostFormSpec, 'now'>;
    buildPostForm({ ...spec, now: new Date(signedAt) }).then(
      (form) => {
        if (current) setState({ form, error: null, signedAt });
      },
      (error: unknown) => {
        if (current) {
          setState((previous) => ({
            ...previous,
            error: `The form could not be signed: ${error instanceof Error ? error.message : String(error)}`,
          }));
        }
      },
    );
    return () => {
      current = false;
    };
  }, [key, tick]);
  return state;
}
