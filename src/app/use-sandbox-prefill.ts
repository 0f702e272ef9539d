import type { BuilderValues } from './form/builder-schema.ts';
import { DEFAULT_VALUES } from './form/defaults.ts';
import type { SigningContext } from './form/to-post-form-spec.ts';
import type { SandboxInfo } from './remote/sandbox-info.ts';

/** The builder's values aimed at the sandbox: its target and its demo AccessKey. */
export function sandboxPrefill(base: BuilderValues, sandbox: SandboxInfo): BuilderValues {
  return {
    ...base,
    target: {
      mode: 'sandbox',
      endpoint: sandbox.endpoint,
      bucket: sandbox.bucket,
      region: sandbox.region,
    },
    credentials: {
      ...base.credentials,
      accessKeyId: sandbox.accessKeyId,
      accessKeySecret: sandbox.accessKeySecret,
    },
  };
}

/**
 * The values a fresh page (no kept work) starts from: the defaults, aimed at the sandbox when it
 * has answered. main.tsx signs them ahead of the first render; use-kept-work.ts starts the form.
 */
export function startingValues(sandbox: SandboxInfo | null | undefined): BuilderValues {
  return sandbox ? sandboxPrefill(DEFAULT_VALUES, sandbox) : DEFAULT_VALUES;
}

/** What the signer needs to know besides the values: the STS answer and the sandbox, if any. */
export function signingContext(
  sts: SigningContext['sts'],
  sandbox: SandboxInfo | null | undefined,
): SigningContext {
  return {
    sts,
    sandbox: sandbox ? { endpoint: sandbox.endpoint, accessKeyId: sandbox.accessKeyId } : null,
  };
}
