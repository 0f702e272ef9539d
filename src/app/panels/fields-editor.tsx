import { useFieldArray, useFormContext } from 'react-hook-form';
import { useFieldFocus } from '../focus/field-focus.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { extraFieldInputId } from '../form/field-ids.ts';

/** Optional form fields (Content-Type, x-oss-meta-*, success_action_status…), sent in this order. */
export function FieldsEditor() {
  const { register, control, formState } = useFormContext<BuilderValues>();
  const { flagged: flaggedIds } = useFieldFocus();
  const { fields, append, remove } = useFieldArray({ control, name: 'fields' });
  return (
    <fieldset className="extra-fields">
      <legend>Optional form fields</legend>
      <p className="hint">
        Sent after the auth fields, before the file. OSS stores the headers and metadata with the
        object.
      </p>
      <ol className="rows">
        {fields.map((row, index) => {
          const id = extraFieldInputId(index);
          const error = formState.errors.fields?.[index]?.name?.message;
          return (
            <li key={row.id} className={flaggedIds.has(id) ? 'row flagged' : 'row'}>
              <input
                list="known-fields"
                spellCheck={false}
                aria-label={`Field ${index + 1} name`}
                aria-invalid={!!error}
                {...register(`fields.${index}.name`)}
              />
              <input
                id={id}
                spellCheck={false}
                aria-label={`Field ${index + 1} value`}
                {...register(`fields.${index}.value`)}
              />
              <button
                type="button"
                onClick={() => remove(index)}
                aria-label={`Remove field ${index + 1}`}
              >
                Remove
              </button>
              {error ? <p className="field-error">{error}</p> : null}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => append({ name: 'x-oss-meta-', value: '' })}>
        Add a form field
      </button>
    </fieldset>
  );
}
