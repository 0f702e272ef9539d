import { lazy, Suspense, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { Field } from '../../ui/field.tsx';
import { Section } from '../../ui/section.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import { ShareSecretNote } from '../interchange/share-secret-note.tsx';
import { useSandboxInfo } from '../remote/sandbox-info.ts';
import { SandboxKeyOffer } from './sandbox-key-offer.tsx';
import { PANELS_CREDENTIALS_TEXTS } from './texts-en.ts';
import { FORM_SCHEMA_TEXTS } from '../form/texts-en.ts';
import { sayFormError } from '../form/say-form-error.ts';
import { V1_CLOSED_TO_ACCOUNTS_FROM, V1_CLOSED_TO_BUCKETS_FROM } from '../../oss/index.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

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
  const errors = formState.errors.credentials;
  const [showSecret, setShowSecret] = useState(false);
  const t = useTexts(PANELS_CREDENTIALS_TEXTS);
  const schemaTexts = useTexts(FORM_SCHEMA_TEXTS);
  return (
    <Section id="credentials" title={t.title} lead={t.lead}>
      <div className="grid">
        <Field
          id={INPUT_IDS.signatureVersion}
          label={t.signatureVersion}
          hint={t.signatureVersionHint(V1_DATES)}
        >
          {(input) => (
            <select {...input} {...register('credentials.signatureVersion')}>
              <option value="v4">{t.v4}</option>
              <option value="v1">{t.v1Legacy(V1_DATES)}</option>
            </select>
          )}
        </Field>
        <Field
          id={INPUT_IDS.accessKeyId}
          label="AccessKey ID"
          error={sayFormError(errors?.accessKeyId?.message, schemaTexts)}
        >
          {(input) => (
            <input
              {...input}
              autoComplete="off"
              spellCheck={false}
              {...register('credentials.accessKeyId')}
            />
          )}
        </Field>
        <Field
          id={INPUT_IDS.accessKeySecret}
          label={t.accessKeySecret}
          hint={t.secretNote}
          error={sayFormError(errors?.accessKeySecret?.message, schemaTexts)}
        >
          {(input) => (
            <div className="inline">
              <input
                {...input}
                type={showSecret ? 'text' : 'password'}
                autoComplete="off"
                spellCheck={false}
                {...register('credentials.accessKeySecret')}
              />
              {/* Right under the secret after a share link restored the page. */}
              <ShareSecretNote />
              <button
                type="button"
                aria-pressed={showSecret}
                onClick={() => setShowSecret((shown) => !shown)}
              >
                {showSecret ? t.hideSecret : t.showSecret}
              </button>
            </div>
          )}
        </Field>
        <Field id={INPUT_IDS.securityToken} label={t.securityToken} hint={t.securityTokenHint}>
          {(input) => (
            <textarea
              {...input}
              rows={2}
              autoComplete="off"
              spellCheck={false}
              {...register('credentials.securityToken')}
            />
          )}
        </Field>
      </div>
      <SandboxKeyOffer />
      <Suspense fallback={<div className="sts-placeholder" aria-hidden="true" />}>
        <StsFetcher key={stsUrl ?? 'none'} defaultUrl={stsUrl} />
      </Suspense>
    </Section>
  );
}
