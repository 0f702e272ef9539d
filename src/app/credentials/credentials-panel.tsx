import { lazy, Suspense, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { describedBy, Field } from '../../ui/field.tsx';
import { Section } from '../../ui/section.tsx';
import { useFieldFocus } from '../focus/field-focus.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import { useSandboxInfo } from '../remote/sandbox-info.ts';
import { SandboxKeyOffer } from './sandbox-key-offer.tsx';
import { useStore } from '../../ui/i18n/use-store.ts';
import { credentialsMessages } from '../panels/messages.ts';
import { schemaMessages } from '../form/messages.ts';
import { sayFormError } from '../form/say-form-error.ts';
import { V1_CLOSED_TO_ACCOUNTS_FROM, V1_CLOSED_TO_BUCKETS_FROM } from '../../oss/index.ts';

/** The days OSS closed V1 (the V1 upgrade guide), printed from the core's constants. */
const V1_DATES = { accounts: V1_CLOSED_TO_ACCOUNTS_FROM, buckets: V1_CLOSED_TO_BUCKETS_FROM };

// import(): "Get temporary credentials from a URL" is closed in the first view; it loads after it,
// in its own chunk.
const StsFetcher = lazy(() =>
  import('./sts-fetcher.tsx').then((module) => ({ default: module.StsFetcher })),
);

/** Who signs: AccessKey, signature version, STS token (or temporary credentials from a URL). */
export function CredentialsPanel() {
  // Prefill for the STS URL: the sandbox's /__sandbox/sts when a sandbox answered.
  const stsUrl = useSandboxInfo().data ? '/__sandbox/sts' : undefined;
  const { register, formState } = useFormContext<BuilderValues>();
  const { flagged: flaggedIds } = useFieldFocus();
  const errors = formState.errors.credentials;
  const [showSecret, setShowSecret] = useState(false);
  const t = useStore(credentialsMessages);
  const schemaTexts = useStore(schemaMessages);
  return (
    <Section id="credentials" title={t.title} lead={t.lead}>
      <div className="grid">
        <Field
          id={INPUT_IDS.signatureVersion}
          label={t.signatureVersion}
          hint={t.signatureVersionHint(V1_DATES)}
          flagged={flaggedIds.has(INPUT_IDS.signatureVersion)}
        >
          <select
            id={INPUT_IDS.signatureVersion}
            aria-describedby={describedBy(INPUT_IDS.signatureVersion, { hint: true })}
            {...register('credentials.signatureVersion')}
          >
            <option value="v4">{t.v4}</option>
            <option value="v1">{t.v1Legacy(V1_DATES)}</option>
          </select>
        </Field>
        <Field
          id={INPUT_IDS.accessKeyId}
          label="AccessKey ID"
          error={sayFormError(errors?.accessKeyId?.message, schemaTexts)}
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
          label={t.accessKeySecret}
          hint={t.secretNote}
          error={sayFormError(errors?.accessKeySecret?.message, schemaTexts)}
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
              {showSecret ? t.hideSecret : t.showSecret}
            </button>
          </div>
        </Field>
        <Field
          id={INPUT_IDS.securityToken}
          label={t.securityToken}
          hint={t.securityTokenHint}
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
      <SandboxKeyOffer />
      <Suspense fallback={<div className="sts-placeholder" aria-hidden="true" />}>
        <StsFetcher key={stsUrl ?? 'none'} defaultUrl={stsUrl} />
      </Suspense>
    </Section>
  );
}
