import { useFieldArray, useFormContext } from 'react-hook-form';
import { useFieldFocus } from '../focus/field-focus.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { extraFieldInputId } from '../form/field-ids.ts';
import { useStore } from '../../ui/i18n/use-store.ts';
import { fieldsMessages } from './messages.ts';
import { schemaMessages } from '../form/messages.ts';
import { sayFormError } from '../form/say-form-error.ts';

/** Optional form fields (Content-Type, x-oss-meta-*, success_action_status…), sent in this order. */
export function FieldsEditor() {
  const { register, control, formState } = useFormContext<BuilderValues>();
  const { flagged: flaggedIds } = useFieldFocus();
  const { fields, append, remove } = useFieldArray({ control, name: 'fields' });
  const t = useStore(fieldsMessages);
  const schemaTexts = useStore(schemaMessages);
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
