import { useCallback, useEffect, useMemo, useState } from 'react';
import { useFormState, type Control } from 'react-hook-form';
import type { SandboxInfo } from '../remote/sandbox-info.ts';
import { sandboxPrefill } from '../use-sandbox-prefill.ts';
import type { BuilderValues } from './builder-schema.ts';
import { DEFAULT_VALUES } from './defaults.ts';
import { keptOnSandbox, loadKeptWork, storeKeptWork } from './kept-work.ts';

/** Where the form starts: the work kept from the last visit, else the defaults. */
export interface StartValues {
  /** The form's `defaultValues`: the kept work (secret and token empty), else the defaults. */
  start: BuilderValues;
  /** The form's `values` from a sandbox answer that came after the first render (else undefined). */
  prefill: BuilderValues | undefined;
}

/**
 * The form's start, read once per page load: the kept work when there is some (aimed again at the
 * sandbox as it runs now), else the defaults with the sandbox's target and demo AccessKey. It
 * starts from the sandbox when /__sandbox/info answered before the first render (main.tsx waits
 * a moment for it); an answer that comes later fills the form only while the user has not
 * started (`started`: a first focus or input), so nothing they chose or typed is replaced.
 */
export function useStartValues(
  sandbox: SandboxInfo | null | undefined,
  started: boolean,
): StartValues {
  const [kept] = useState(() => loadKeptWork(DEFAULT_VALUES));
  const [early] = useState(() => sandbox);
  const aimed = useCallback(
    (at: SandboxInfo) => (kept ? keptOnSandbox(kept, at) : sandboxPrefill(DEFAULT_VALUES, at)),
    [kept],
  );
  const start = useMemo(
    () => (early ? aimed(early) : (kept ?? DEFAULT_VALUES)),
    [early, aimed, kept],
  );
  const late = !early && !started ? sandbox : undefined;
  const prefill = useMemo(() => (late ? aimed(late) : undefined), [late, aimed]);
  return { start, prefill };
}

/**
 * Keeps the form in this browser once the user changed it (never the secret nor the STS token).
 * An untouched form is not kept: it is the page's own start, which a reload gives again (and a
 * form kept before the sandbox answered would hide the sandbox's prefill).
 */
export function useKeepWork(values: BuilderValues, control: Control<BuilderValues>): void {
  const { isDirty } = useFormState({ control });
  useEffect(() => {
    if (isDirty) storeKeptWork(values);
  }, [values, isDirty]);
}
