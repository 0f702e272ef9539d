import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useFieldFocus } from '../focus/field-focus.tsx';
import {
  CONDITION_KINDS,
  CONDITION_OPERATOR_LABELS,
  SIZE_UNITS,
  type BuilderValues,
} from '../form/builder-schema.ts';
import { createConditionRow } from '../form/condition-rows.ts';
import { conditionInputId } from '../form/field-ids.ts';
import { UNIT_NAMES } from '../form/sizes.ts';
import { FieldFindings, findingsId } from '../../ui/field-findings.tsx';
import { KNOWN_FIELDS } from './known-fields.ts';
import { PANELS_CONDITIONS_TEXTS } from './texts-en.ts';
import { FORM_CONDITION_KINDS_TEXTS } from '../form/texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/** The user's policy conditions, one row each, of every kind OSS knows. */
export function ConditionsEditor() {
  const form = useFormContext<BuilderValues>();
  const { register, control } = form;
  const { flagged: flaggedIds } = useFieldFocus();
  const { fields, append, remove } = useFieldArray({ control, name: 'conditions' });
  const rows = useWatch({ control, name: 'conditions' });
  const t = useTexts(PANELS_CONDITIONS_TEXTS);
  const kindTexts = useTexts(FORM_CONDITION_KINDS_TEXTS);
  return (
    <fieldset className="conditions">
      <legend>{t.legend}</legend>
      <p className="hint">{t.hint}</p>
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
              <select aria-label={t.kind({ n })} {...register(`conditions.${index}.kind`)}>
                {CONDITION_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {value === 'match' || value === 'raw'
                      ? kindTexts[value]
                      : CONDITION_OPERATOR_LABELS[value]}
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
                    aria-label={t.minSize({ n })}
                    {...register(`conditions.${index}.min`, { valueAsNumber: true })}
                  />
                  <select
                    aria-label={t.minUnit({ n })}
                    {...register(`conditions.${index}.minUnit`)}
                  >
                    {SIZE_UNITS.map((unit) => (
                      <option key={unit} value={unit}>
                        {UNIT_NAMES[unit]}
                      </option>
                    ))}
                  </select>
                  <span>{t.to}</span>
                  <input
                    type="number"
                    min={0}
                    aria-label={t.maxSize({ n })}
                    {...register(`conditions.${index}.max`, { valueAsNumber: true })}
                  />
                  <select
                    aria-label={t.maxUnit({ n })}
                    {...register(`conditions.${index}.maxUnit`)}
                  >
                    {SIZE_UNITS.map((unit) => (
                      <option key={unit} value={unit}>
                        {UNIT_NAMES[unit]}
                      </option>
                    ))}
                  </select>
                </>
              ) : kind === 'raw' ? (
                <input
                  id={id}
                  aria-describedby={findingsId(id)}
                  className="wide"
                  spellCheck={false}
                  aria-label={t.json({ n })}
                  {...register(`conditions.${index}.values`)}
                />
              ) : (
                <>
                  <input
                    list="known-fields"
                    spellCheck={false}
                    aria-label={t.field({ n })}
                    {...register(`conditions.${index}.field`)}
                  />
                  {kind === 'in' || kind === 'not-in' ? (
                    <textarea
                      id={id}
                      aria-describedby={findingsId(id)}
                      rows={2}
                      spellCheck={false}
                      aria-label={t.values({ n })}
                      {...register(`conditions.${index}.values`)}
                    />
                  ) : (
                    <input
                      id={id}
                      aria-describedby={findingsId(id)}
                      spellCheck={false}
                      aria-label={t.value({ n })}
                      {...register(`conditions.${index}.value`)}
                    />
                  )}
                </>
              )}
              <button type="button" onClick={() => remove(index)} aria-label={t.removeRow({ n })}>
                {t.remove}
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
        {t.add}
      </button>
    </fieldset>
  );
}
