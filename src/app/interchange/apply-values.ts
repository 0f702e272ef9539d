import type { UseFormReturn } from 'react-hook-form';
import type { BuilderValues } from '../form/builder-schema.ts';

const PARTS = [
  'target',
  'credentials',
  'key',
  'expiration',
  'conditions',
  'fields',
  'callbackUrl',
  'callbackBody',
  'callbackHost',
  'callbackBodyType',
  'sendOrder',
] as const satisfies readonly (keyof BuilderValues)[];

/**
 * Puts new values into the builder part by part, marked as the user's own (dirty), so the
 * sandbox prefill that may still arrive does not overwrite them.
 */
export function applyValues(form: UseFormReturn<BuilderValues>, values: BuilderValues): void {
  const options = { shouldDirty: true, shouldValidate: true } as const;
  for (const part of PARTS) {
    // One call per part keeps field arrays (conditions, fields) in step with their editors.
    form.setValue(part, values[part] as never, options);
  }
}
