import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { describedBy, Field } from '../../ui/field.tsx';
import { Section } from '../../ui/section.tsx';
import { useFieldFocus } from '../focus/field-focus.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import { LazyStsFetcher } from './lazy-build-parts.tsx';

export interface CredentialsPanelProps {
  /** Prefill for the STS URL, e.g. the sandbox's /__sandbox/sts. */
  stsUrl?: string;
}

const SECRET_NOTE =
  'Memory only: kept in this tab, never stored, never put in a URL, a log or any request. Signing happens in this page.';

/** Who signs: AccessKey, signature version, STS token (or temporary credentials from a URL). */
export function CredentialsPanel({ stsUrl }: CredentialsPanelProps) {
  const { register, formState } = useFormContext<BuilderValues>();
  const { flagged: flaggedIds } = useFieldFocus();
  const errors = formState.errors.credentials;
  const [showSecret, setShowSecret] = useState(false);
  return (
    <Section
      id="credentials"
      title="2. Credentials"
      lead="Signing happens in this page with Web Crypto."
    >
      <div className="grid">
        <Field
          id={INPUT_IDS.signatureVersion}
          label="Signature version"
          hint="V4 (OSS4-HMAC-SHA256) is the default; V1 is closed to new accounts since 2025."
          flagged={flaggedIds.has(INPUT_IDS.signatureVersion)}
        >
          <select
            id={INPUT_IDS.signatureVersion}
            aria-describedby={describedBy(INPUT_IDS.signatureVersion, { hint: true })}
            {...register('credentials.signatureVersion')}
          >
            <option value="v4">V4 (OSS4-HMAC-SHA256)</option>
            <option value="v1">V1 (HMAC-SHA1, legacy)</option>
          </select>
        </Field>
        <Field
          id={INPUT_IDS.accessKeyId}
          label="AccessKey ID"
          error={errors?.accessKeyId?.message}
          flagged={flaggedIds.has(INPUT_IDS.accessKeyId)}
        >
          <input
            id={INPUT_IDS.accessKeyId}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={!!errors?.accessKeyId}
            aria-describedby={describedBy(INPUT_IDS.accessKeyId, { error: errors?.accessKeyId })}
            {...register('credentials.accessKeyId')}
          />
        </Field>
        <Field
          id={INPUT_IDS.accessKeySecret}
          label="AccessKey secret"
          hint={SECRET_NOTE}
          error={errors?.accessKeySecret?.message}
          flagged={flaggedIds.has(INPUT_IDS.accessKeySecret)}
        >
          <div className="inline">
            <input
              id={INPUT_IDS.accessKeySecret}
              type={showSecret ? 'text' : 'password'}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={!!errors?.accessKeySecret}
              aria-describedby={describedBy(INPUT_IDS.accessKeySecret, {
                hint: true,
                error: errors?.accessKeySecret,
              })}
              {...register('credentials.accessKeySecret')}
            />
            <button
              type="button"
              aria-pressed={showSecret}
              onClick={() => setShowSecret((shown) => !shown)}
            >
              {showSecret ? 'Hide' : 'Show'} secret
            </button>
          </div>
        </Field>
        <Field
          id={INPUT_IDS.securityToken}
          label="Security token"
          hint="Only with STS temporary credentials; sent as x-oss-security-token and pinned in the policy. Leave empty for a permanent AccessKey."
          flagged={flaggedIds.has(INPUT_IDS.securityToken)}
        >
          <textarea
            id={INPUT_IDS.securityToken}
            rows={2}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy(INPUT_IDS.securityToken, { hint: true })}
            {...register('credentials.securityToken')}
          />
        </Field>
      </div>
      <LazyStsFetcher key={stsUrl ?? 'none'} defaultUrl={stsUrl} />
    </Section>
  );
}
