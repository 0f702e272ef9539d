import { useFormContext, useWatch } from 'react-hook-form';
import { Field } from '../../ui/field.tsx';
import { Section } from '../../ui/section.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import { BUCKET_NAME_MAX_LENGTH, BUCKET_NAME_MIN_LENGTH, endpointUrl } from '../../oss/index.ts';
import { endpointWarning, OSS_REGIONS } from './regions.ts';
import { useSandboxInfo } from '../remote/sandbox-info.ts';
import { PANELS_TARGET_TEXTS } from './texts-en.ts';
import { LOGIC_REGIONS_TEXTS } from '../logic/texts-en.ts';
import { FORM_SCHEMA_TEXTS } from '../form/texts-en.ts';
import { sayFormError } from '../form/say-form-error.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/** Where the form posts: the local sandbox, a bucket in an OSS region, or a custom domain. */
export function TargetPanel() {
  const sandboxInfo = useSandboxInfo();
  const sandbox = sandboxInfo.data ?? null;
  // True once /__sandbox/info answered (with or without a sandbox).
  const sandboxChecked = !sandboxInfo.isPending;
  const { register, setValue, control, formState } = useFormContext<BuilderValues>();
  const t = useTexts(PANELS_TARGET_TEXTS);
  const schemaTexts = useTexts(FORM_SCHEMA_TEXTS);
  const regionNames = useTexts(LOGIC_REGIONS_TEXTS);
  const target = useWatch({ control, name: 'target' });
  const errors = formState.errors.target;

  // Region mode: the endpoint follows bucket and region, computed here (the signer derives the
  // same URL from the spec); the stored endpoint is what sandbox and custom modes post to.
  const inRegion = target.mode === 'region';
  const endpoint = inRegion ? endpointUrl(target.bucket, target.region) : target.endpoint;
  const endpointError = inRegion ? undefined : errors?.endpoint;

  const chooseSandbox = () => {
    if (!sandbox) return;
    setValue(
      'target',
      {
        mode: 'sandbox',
        endpoint: sandbox.endpoint,
        bucket: sandbox.bucket,
        region: sandbox.region,
      },
      { shouldValidate: true },
    );
  };

  // All three choices are controlled by the form's value: a sandbox choice that appears when
  // /__sandbox/info answers, or values put in by a share link or an import, re-render all three
  // from the one value (an uncontrolled radio beside a controlled one lost its check).
  const chooseMode = (mode: 'region' | 'custom') => {
    // A custom domain starts from the URL region mode showed, as the user saw it.
    if (mode === 'custom' && inRegion) {
      setValue('target.endpoint', endpoint, { shouldValidate: true });
    }
    setValue('target.mode', mode, { shouldDirty: true, shouldValidate: true });
  };

  const warning = endpointWarning(endpoint, t);
  const hints = {
    endpoint:
      target.mode === 'region'
        ? t.endpointRegionHint
        : target.mode === 'sandbox'
          ? t.endpointSandboxHint
          : t.endpointCustomHint,
    bucket: t.bucketHint({ min: BUCKET_NAME_MIN_LENGTH, max: BUCKET_NAME_MAX_LENGTH }),
    region: t.regionHint,
  };
  const [noSandboxBefore, noSandboxAfter] = t.noSandbox.split('{command}');

  return (
    <Section id="target" title={t.title} lead={t.lead}>
      <fieldset className="choices">
        <legend>{t.postTo}</legend>
        {sandbox ? (
          <label>
            <input
              type="radio"
              name="target.mode"
              value="sandbox"
              checked={target.mode === 'sandbox'}
              onChange={chooseSandbox}
            />{' '}
            {t.sandbox}
          </label>
        ) : null}
        <label>
          <input
            type="radio"
            name="target.mode"
            value="region"
            checked={inRegion}
            onChange={() => chooseMode('region')}
          />{' '}
          {t.region}
        </label>
        <label>
          <input
            type="radio"
            name="target.mode"
            value="custom"
            checked={target.mode === 'custom'}
            onChange={() => chooseMode('custom')}
          />{' '}
          {t.custom}
        </label>
      </fieldset>
      {sandboxChecked && !sandbox ? (
        <p className="hint">
          {noSandboxBefore}
          <code>npm run dev</code>
          {noSandboxAfter}
        </p>
      ) : null}
      {target.mode === 'sandbox' ? <p className="note">{t.sandboxFound}</p> : null}
      <div className="grid">
        <Field
          id={INPUT_IDS.endpoint}
          label={t.endpoint}
          hint={hints.endpoint}
          error={sayFormError(endpointError?.message, schemaTexts)}
          warning={warning}
        >
          {(input) => (
            <input
              {...input}
              type="url"
              readOnly={target.mode !== 'custom'}
              {...(inRegion ? { value: endpoint } : register('target.endpoint'))}
            />
          )}
        </Field>
        <Field
          id={INPUT_IDS.bucket}
          label={t.bucket}
          hint={hints.bucket}
          error={sayFormError(errors?.bucket?.message, schemaTexts)}
        >
          {(input) => (
            <input
              {...input}
              autoComplete="off"
              spellCheck={false}
              {...register('target.bucket')}
            />
          )}
        </Field>
        <Field
          id={INPUT_IDS.region}
          label={t.regionLabel}
          hint={hints.region}
          error={sayFormError(errors?.region?.message, schemaTexts)}
        >
          {(input) => (
            <>
              <input
                {...input}
                list="oss-regions"
                autoComplete="off"
                spellCheck={false}
                {...register('target.region')}
              />
              <datalist id="oss-regions">
                {OSS_REGIONS.map((region) => (
                  <option key={region} value={region}>
                    {regionNames[region]}
                  </option>
                ))}
              </datalist>
            </>
          )}
        </Field>
      </div>
    </Section>
  );
}
