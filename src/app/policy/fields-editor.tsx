import { useFieldArray, useFormContext } from 'react-hook-form';
import { useFieldFocus } from '../focus/field-focus.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { extraFieldInputId } from '../form/field-ids.ts';
import { PANELS_FIELDS_TEXTS } from './texts-en.ts';
import { FORM_SCHEMA_TEXTS } from '../form/texts-en.ts';
import { sayFormError } from '../form/say-form-error.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/** Optional form fields (Content-Type, x-oss-meta-*, success_action_status…), sent in this order. */
export function FieldsEditor() {
  const { register, control, formState } = useFormContext<BuilderValues>();
  const { flagged: flaggedIds } = useFieldFocus();
  const { fields, append, remove } = useFieldArray({ control, name: 'fields' });
  const t = useTexts(PANELS_FIELDS_TEXTS);
  const schemaTexts = useTexts(FORM_SCHEMA_TEXTS);
  return (
    <fieldset className="extra-fields">
      <legend>{t.legend}</legend>
      <p className="hint">{t.hint}</p>
      <ol className="rows">
        {fields.map((row, index) => {
          const id = extraFieldInputId(index);
          const error = sayFormError(formState.errors.fields?.[index]?.name?.message, schemaTexts);
          return (
            <li key={row.id} className={flaggedIds.has(id) ? 'row flagged' : 'row'}>
              <input
                list="known-fields"
                spellCheck={false}
                aria-label={t.name({ n: index + 1 })}
                aria-invalid={!!error}
                {...register(`fields.${index}.name`)}
              />
              <input
                id={id}
                spellCheck={false}
                aria-label={t.value({ n: index + 1 })}
                {...register(`fields.${index}.value`)}
              />
              <button
                type="button"
                onClick={() => remove(index)}
                aria-label={t.removeRow({ n: index + 1 })}
              >
                {t.remove}
              </button>
              {error ? <p className="field-error">{error}</p> : null}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => append({ name: 'x-oss-meta-', value: '' })}>
        {t.add}
      </button>
    </fieldset>
  );
}
