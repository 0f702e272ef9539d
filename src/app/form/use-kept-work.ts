import { useEffect, useMemo, useState } from 'react';
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
  /** The form's `values` once the sandbox answered (undefined before, and without a sandbox). */
  prefill: BuilderValues | undefined;
}

/**
 * The form's start, read once per page load: the kept work when there is some (aimed again at the
 * sandbox as it runs now), else the defaults with the sandbox's target and demo AccessKey.
 */
export function useStartValues(sandbox: SandboxInfo | null | undefined): StartValues {
  const [kept] = useState(() => loadKeptWork(DEFAULT_VALUES));
  const prefill = useMemo(() => {
    if (!sandbox) return undefined;
    return kept ? keptOnSandbox(kept, sandbox) : sandboxPrefill(DEFAULT_VALUES, sandbox);
  }, [kept, sandbox]);
  return { start: kept ?? DEFAULT_VALUES, prefill };
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
