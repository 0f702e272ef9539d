import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { BuilderValues } from './form/builder-schema.ts';
import type { SandboxInfo } from './remote/sandbox-info.ts';

/** Once the sandbox answers, target it and fill its demo AccessKey, unless the user typed one. */
export function useSandboxPrefill(
  form: UseFormReturn<BuilderValues>,
  sandbox: SandboxInfo | null | undefined,
) {
  const done = useRef(false);
  useEffect(() => {
    if (!sandbox || done.current) return;
    done.current = true;
    const { dirtyFields } = form.formState;
    if (dirtyFields.target || dirtyFields.credentials) return;
    const options = { shouldValidate: true };
    form.setValue(
      'target',
      {
        mode: 'sandbox',
        endpoint: sandbox.endpoint,
        bucket: sandbox.bucket,
        region: sandbox.region,
      },
      options,
    );
    form.setValue('credentials.accessKeyId', sandbox.accessKeyId, options);
    form.setValue('credentials.accessKeySecret', sandbox.accessKeySecret, options);
  }, [form, sandbox]);
}
