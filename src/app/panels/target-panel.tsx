import { useFormContext, useWatch } from 'react-hook-form';
import { describedBy, Field } from '../../ui/field.tsx';
import { Section } from '../../ui/section.tsx';
import { useFieldFocus } from '../focus/field-focus.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import { endpointUrl } from '../../oss/index.ts';
import { endpointWarning, OSS_REGIONS } from '../logic/regions.ts';
import type { SandboxInfo } from '../remote/sandbox-info.ts';

export interface TargetPanelProps {
  sandbox: SandboxInfo | null;
  /** True once /__sandbox/info answered (with or without a sandbox). */
  sandboxChecked: boolean;
}

/** Where the form posts: the local sandbox, a bucket in an OSS region, or a custom domain. */
export function TargetPanel({ sandbox, sandboxChecked }: TargetPanelProps) {
  const { register, setValue, control, formState } = useFormContext<BuilderValues>();
  const { flagged: flaggedIds } = useFieldFocus();
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

  const warning = endpointWarning(endpoint);
  const hints = {
    endpoint:
      target.mode === 'region'
        ? 'Built from bucket and region: https://BUCKET.oss-REGION.aliyuncs.com'
        : target.mode === 'sandbox'
          ? 'The local sandbox started beside this page.'
          : 'Your custom domain bound to the bucket (CNAME), with https://.',
    bucket: '3–63 lower-case letters, digits and hyphens; starts and ends with a letter or digit.',
    region: 'The V4 signature scope uses it, e.g. cn-hangzhou.',
  };

  return (
    <Section id="target" title="1. Target" lead="Where the browser posts the form.">
      <fieldset className="choices">
        <legend>Post to</legend>
        {sandbox ? (
          <label>
            <input
              type="radio"
              name="target.mode"
              value="sandbox"
              checked={target.mode === 'sandbox'}
              onChange={chooseSandbox}
            />{' '}
            The local sandbox
          </label>
        ) : null}
        <label>
          <input type="radio" value="region" {...register('target.mode')} /> OSS public cloud
        </label>
        <label>
          <input
            type="radio"
            value="custom"
            {...register('target.mode', {
              // A custom domain starts from the URL region mode showed, as the user saw it.
              onChange: () => {
                if (inRegion) setValue('target.endpoint', endpoint, { shouldValidate: true });
              },
            })}
          />{' '}
          Custom domain
        </label>
      </fieldset>
      {sandboxChecked && !sandbox ? (
        <p className="hint">
          No local sandbox answered at /__sandbox/info: <code>npm run dev</code> starts the page
          with one.
        </p>
      ) : null}
      {target.mode === 'sandbox' ? (
        <p className="note">
          The local sandbox was found on this machine: it judges posts as OSS does and stores
          objects locally. Its demo AccessKey is filled in below.
        </p>
      ) : null}
      <div className="grid">
        <Field
          id={INPUT_IDS.endpoint}
          label="Endpoint"
          hint={hints.endpoint}
          error={endpointError?.message}
          warning={warning}
          flagged={flaggedIds.has(INPUT_IDS.endpoint)}
        >
          <input
            id={INPUT_IDS.endpoint}
            type="url"
            readOnly={target.mode !== 'custom'}
            aria-invalid={!!endpointError}
            aria-describedby={describedBy(INPUT_IDS.endpoint, {
              hint: true,
              error: endpointError,
              warning,
            })}
            {...(inRegion ? { value: endpoint } : register('target.endpoint'))}
          />
        </Field>
        <Field
          id={INPUT_IDS.bucket}
          label="Bucket"
          hint={hints.bucket}
          error={errors?.bucket?.message}
          flagged={flaggedIds.has(INPUT_IDS.bucket)}
        >
          <input
            id={INPUT_IDS.bucket}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={!!errors?.bucket}
            aria-describedby={describedBy(INPUT_IDS.bucket, { hint: true, error: errors?.bucket })}
            {...register('target.bucket')}
          />
        </Field>
        <Field
          id={INPUT_IDS.region}
          label="Region"
          hint={hints.region}
          error={errors?.region?.message}
          flagged={flaggedIds.has(INPUT_IDS.region)}
        >
          <input
            id={INPUT_IDS.region}
            list="oss-regions"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={!!errors?.region}
            aria-describedby={describedBy(INPUT_IDS.region, { hint: true, error: errors?.region })}
            {...register('target.region')}
          />
          <datalist id="oss-regions">
            {OSS_REGIONS.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </datalist>
        </Field>
      </div>
    </Section>
  );
}
