import { lazy, Suspense } from 'react';
import { useFormContext } from 'react-hook-form';
import { Field } from '../../ui/field.tsx';
import { Section } from '../../ui/section.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import { OBJECT_KEY_MAX_BYTES, OBJECT_KEY_MIN_BYTES } from '../../oss/index.ts';
import { PRESETS, presetWords } from '../form/presets.ts';
import { KeyPrefixOffer } from './key-prefix-offer.tsx';
import { CallbackPart } from './callback-part.tsx';
import { ConditionsEditor } from './conditions-editor.tsx';
import { ExpirationEditor } from './expiration-editor.tsx';
import { FieldsEditor } from './fields-editor.tsx';
import { useResult } from '../result/result-context.tsx';
import { PANELS_POLICY_TEXTS } from './texts-en.ts';
import { FORM_PRESETS_TEXTS, FORM_SCHEMA_TEXTS } from '../form/texts-en.ts';
import { sayFormError } from '../form/say-form-error.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

// import(): the raw policy JSON editor (with the policy decoder and its JSON syntax reader) is
// closed in the first view; it loads after it, in its own chunk.
const PolicyJsonEditor = lazy(() =>
  import('./policy-json-editor.tsx').then((module) => ({ default: module.PolicyJsonEditor })),
);

/** The object key, the policy (expiration and conditions), optional fields, and the raw JSON. */
export function PolicyPanel() {
  const { form: signed, signedAt } = useResult().signed;
  const { register, formState, setValue } = useFormContext<BuilderValues>();
  const t = useTexts(PANELS_POLICY_TEXTS);
  const presetTexts = useTexts(FORM_PRESETS_TEXTS);
  const schemaTexts = useTexts(FORM_SCHEMA_TEXTS);
  const keyError = sayFormError(formState.errors.key?.message, schemaTexts);
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
    <Section id="policy" title={t.title} lead={t.lead}>
      <div id="presets" className="presets" role="group" aria-label={t.presets} tabIndex={-1}>
        <span>{t.startFrom}</span>
        {PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            title={presetTexts[preset.description](presetWords(preset))}
            onClick={() => applyPreset(preset.id)}
          >
            {presetTexts[preset.label](presetWords(preset))}
          </button>
        ))}
      </div>
      <Field
        id={INPUT_IDS.key}
        label={t.objectKey}
        hint={t.objectKeyHint({
          // The hint names OSS's ${filename} template itself: it stays as written.
          filename: '{filename}',
          min: OBJECT_KEY_MIN_BYTES,
          max: OBJECT_KEY_MAX_BYTES,
        })}
        error={keyError}
      >
        {(input) => <input {...input} spellCheck={false} autoComplete="off" {...register('key')} />}
      </Field>
      <KeyPrefixOffer />
      <ExpirationEditor signedExpiration={signed?.policy.expiration} signedAt={signedAt} />
      <ConditionsEditor />
      <FieldsEditor />
      <CallbackPart />
      {/* The box keeps its place while the editor loads. */}
      <Suspense fallback={<div className="policy-json-placeholder" aria-hidden="true" />}>
        <PolicyJsonEditor policyJson={signed?.policyJson ?? ''} />
      </Suspense>
    </Section>
  );
}
