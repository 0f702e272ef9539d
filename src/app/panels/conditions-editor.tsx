import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useFieldFocus } from '../focus/field-focus.tsx';
import {
  CONDITION_KINDS,
  CONDITION_KIND_LABELS as KIND_LABELS,
  SIZE_UNITS,
  type BuilderValues,
} from '../form/builder-schema.ts';
import { createConditionRow } from '../form/condition-rows.ts';
import { conditionInputId } from '../form/field-ids.ts';
import { FieldFindings, findingsId } from '../../ui/field-findings.tsx';
import { KNOWN_FIELDS } from './known-fields.ts';

/** The user's policy conditions, one row each, of every kind OSS knows. */
export function ConditionsEditor() {
  const form = useFormContext<BuilderValues>();
  const { register, control } = form;
  const { flagged: flaggedIds } = useFieldFocus();
  const { fields, append, remove } = useFieldArray({ control, name: 'conditions' });
  const rows = useWatch({ control, name: 'conditions' });
  return (
    <fieldset className="conditions">
      <legend>Conditions</legend>
      <p className="hint">
        The builder adds bucket, the V4 fields and the STS token itself. Field values are checked
        before ${'{filename}'} expansion.
      </p>
      <datalist id="known-fields">
        {KNOWN_FIELDS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ol className="rows">
        {fields.map((row, index) => {
          const kind = rows[index]?.kind ?? row.kind;
          const id = conditionInputId(index);
          const n = index + 1;
          return (
            <li key={row.id} className={flaggedIds.has(id) ? 'row flagged' : 'row'}>
              <select aria-label={`Condition ${n} kind`} {...register(`conditions.${index}.kind`)}>
                {CONDITION_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {KIND_LABELS[value]}
                  </option>
                ))}
              </select>
              {kind === 'content-length-range' ? (
                <>
                  <input
                    id={id}
                    aria-describedby={findingsId(id)}
                    type="number"
                    min={0}
                    aria-label={`Condition ${n} minimum size`}
                    {...register(`conditions.${index}.min`, { valueAsNumber: true })}
                  />
                  <select
                    aria-label={`Condition ${n} minimum unit`}
                    {...register(`conditions.${index}.minUnit`)}
                  >
                    {SIZE_UNITS.map((unit) => (
                      <option key={unit}>{unit}</option>
                    ))}
                  </select>
                  <span>to</span>
                  <input
                    type="number"
                    min={0}
                    aria-label={`Condition ${n} maximum size`}
                    {...register(`conditions.${index}.max`, { valueAsNumber: true })}
                  />
                  <select
                    aria-label={`Condition ${n} maximum unit`}
                    {...register(`conditions.${index}.maxUnit`)}
                  >
                    {SIZE_UNITS.map((unit) => (
                      <option key={unit}>{unit}</option>
                    ))}
                  </select>
                </>
              ) : kind === 'raw' ? (
                <input
                  id={id}
                  aria-describedby={findingsId(id)}
                  className="wide"
                  spellCheck={false}
                  aria-label={`Condition ${n} JSON`}
                  {...register(`conditions.${index}.values`)}
                />
              ) : (
                <>
                  <input
                    list="known-fields"
                    spellCheck={false}
                    aria-label={`Condition ${n} field`}
                    {...register(`conditions.${index}.field`)}
                  />
                  {kind === 'in' || kind === 'not-in' ? (
                    <textarea
                      id={id}
                      aria-describedby={findingsId(id)}
                      rows={2}
                      spellCheck={false}
                      aria-label={`Condition ${n} values, one per line`}
                      {...register(`conditions.${index}.values`)}
                    />
                  ) : (
                    <input
                      id={id}
                      aria-describedby={findingsId(id)}
                      spellCheck={false}
                      aria-label={`Condition ${n} value`}
                      {...register(`conditions.${index}.value`)}
                    />
                  )}
                </>
              )}
              <button
                type="button"
                onClick={() => remove(index)}
                aria-label={`Remove condition ${n}`}
              >
                Remove
              </button>
              <FieldFindings inputId={id} />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => append(createConditionRow({ kind: 'eq', field: 'Content-Type' }))}
      >
        Add a condition
      </button>
    </fieldset>
  );
}
