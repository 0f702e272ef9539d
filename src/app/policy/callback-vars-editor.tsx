import { useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import type { BuilderValues, ExtraField } from '../form/builder-schema.ts';
import { callbackVarIndexes, callbackVarInputId } from '../form/callback-problems.ts';
import { PANELS_CALLBACK_TEXTS } from './callback-texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

const EDIT = { shouldDirty: true, shouldValidate: true } as const;

/**
 * The callback's `x:` variables: the form fields named `x:…`, edited here by the part after `x:`
 * (so a row never stops being a variable while its name is typed). OSS reads them as form fields.
 */
export function CallbackVarsEditor({
  fields,
  errorAt,
}: {
  fields: ExtraField[];
  errorAt: (inputId: string) => string | undefined;
}) {
  const { setValue, getValues } = useFormContext<BuilderValues>();
  const t = useTexts(PANELS_CALLBACK_TEXTS);
  const varIndexes = callbackVarIndexes(fields);
  // A new variable's name input takes the focus once it is rendered (its own ref, no lookup).
  const focusVar = useRef<number | null>(null);
  const focusIfNew = (fieldIndex: number) => (input: HTMLInputElement | null) => {
    if (!input || focusVar.current !== fieldIndex) return;
    focusVar.current = null;
    input.focus();
  };
  const addVar = () => {
    const current = getValues('fields');
    setValue('fields', [...current, { name: 'x:', value: '' }], EDIT);
    focusVar.current = current.length;
  };
  const removeVar = (index: number) =>
    setValue(
      'fields',
      getValues('fields').filter((_, i) => i !== index),
      EDIT,
    );

  return (
    <fieldset className="callback-vars">
      <legend>{t.varsLegend}</legend>
      <p className="hint">{t.varsHint}</p>
      <ol className="rows">
        {varIndexes.map((fieldIndex, row) => {
          const id = callbackVarInputId(fieldIndex);
          const error = errorAt(id);
          const name = fields[fieldIndex].name.trim();
          return (
            <li key={fieldIndex} className="row">
              <span className="var-prefix" aria-hidden="true">
                x:
              </span>
              <input
                id={id}
                ref={focusIfNew(fieldIndex)}
                spellCheck={false}
                autoComplete="off"
                aria-label={t.varName({ n: row + 1 })}
                aria-invalid={!!error}
                aria-describedby={error ? `${id}-error` : undefined}
                value={name.slice(2)}
                onChange={(event) =>
                  setValue(
                    `fields.${fieldIndex}.name`,
                    `x:${event.target.value.replace(/^x:/i, '')}`,
                    EDIT,
                  )
                }
              />
              <input
                spellCheck={false}
                autoComplete="off"
                aria-label={t.varValue({ n: row + 1 })}
                value={fields[fieldIndex].value}
                onChange={(event) =>
                  setValue(`fields.${fieldIndex}.value`, event.target.value, EDIT)
                }
              />
              <button
                type="button"
                onClick={() => removeVar(fieldIndex)}
                aria-label={t.removeVar({ n: row + 1 })}
              >
                {t.remove}
              </button>
              {error ? (
                <p className="field-error" id={`${id}-error`}>
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={addVar}>
        {t.addVar}
      </button>
    </fieldset>
  );
}
