import { useFormContext } from 'react-hook-form';
import { describedBy, Field } from '../../ui/field.tsx';
import { Section } from '../../ui/section.tsx';
import { useFieldFocus } from '../focus/field-focus.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import { PRESETS } from '../form/presets.ts';
import { CallbackPart } from './callback-part.tsx';
import { ConditionsEditor } from './conditions-editor.tsx';
import { ExpirationEditor } from './expiration-editor.tsx';
import { FieldsEditor } from './fields-editor.tsx';
import { LazyPolicyJsonEditor } from './lazy-build-parts.tsx';

export interface PolicyPanelProps {
  policyJson: string;
  signedExpiration?: string;
  signedAt: number;
}

/** The object key, the policy (expiration and conditions), optional fields, and the raw JSON. */
export function PolicyPanel({ policyJson, signedExpiration, signedAt }: PolicyPanelProps) {
  const { register, formState, setValue } = useFormContext<BuilderValues>();
  const { flagged: flaggedIds } = useFieldFocus();
  const keyError = formState.errors.key?.message;
  const applyPreset = (id: string) => {
    const preset = PRESETS.find((candidate) => candidate.id === id);
    if (!preset) return;
    const part = preset.apply();
    const options = { shouldValidate: true, shouldDirty: true };
    setValue('key', part.key, options);
    setValue('conditions', part.conditions, options);
    setValue('fields', part.fields, options);
  };
  return (
    <Section
      id="policy"
      title="3. Policy"
      lead="What OSS will accept: the key, how long, which sizes and types."
    >
      <div className="presets" role="group" aria-label="Presets">
        <span>Start from a preset:</span>
        {PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            title={preset.description}
            onClick={() => applyPreset(preset.id)}
          >
            {preset.label}
          </button>
        ))}
      </div>
      <Field
        id={INPUT_IDS.key}
        label="Object key"
        hint="${filename} becomes the uploaded file's name. No leading / or \; 1–1023 bytes."
        error={keyError}
        flagged={flaggedIds.has(INPUT_IDS.key)}
      >
        <input
          id={INPUT_IDS.key}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={!!keyError}
          aria-describedby={describedBy(INPUT_IDS.key, { hint: true, error: keyError })}
          {...register('key')}
        />
      </Field>
      <ExpirationEditor signedExpiration={signedExpiration} signedAt={signedAt} />
      <ConditionsEditor />
      <FieldsEditor />
      <CallbackPart />
      <LazyPolicyJsonEditor
        policyJson={policyJson}
        flagged={flaggedIds.has(INPUT_IDS.policyJson)}
      />
    </Section>
  );
}
