import { useEffect, useState } from 'react';
import type { PostForm } from '../oss/index.ts';
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
 * The signed form, recomputed on every change (signing is a few Web Crypto calls, no debounce)
 * and once a minute. A slower result never overwrites a newer one.
 */
export function useSignedForm(values: BuilderValues): SignedFormState {
  const [state, setState] = useState<SignedFormState>({ form: null, error: null, signedAt: 0 });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((count) => count + 1), RESIGN_INTERVAL_MS);
    return () => clearInterval(timer);
  }, []);
  const snapshot = JSON.stringify(values);
  useEffect(() => {
    let current = true;
    const signedAt = Date.now();
    signForm(JSON.parse(snapshot) as BuilderValues).then(
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
  }, [snapshot, tick]);
  return state;
}
