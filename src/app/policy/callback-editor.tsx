import { useMemo, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { CALLBACK_BODY_TYPES, CALLBACK_SYSTEM_VARIABLES } from '../../oss/index.ts';
import { Field } from '../../ui/field.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import {
  CALLBACK_INPUT_IDS,
  callbackVarIndexes,
  checkCallback,
} from '../form/callback-problems.ts';
import { useCoreTexts } from '../i18n/use-core-texts.ts';
import { insertCallbackVariable } from './callback-insert.ts';
import { CallbackVarsEditor } from './callback-vars-editor.tsx';
import { PANELS_CALLBACK_TEXTS } from './callback-texts-en.ts';
import '../../ui/callback-editor.css';
import { useTexts } from '../../ui/i18n/texts.ts';

/** OSS's system variables for a callback body: the core's one list. */
const SYSTEM_VARIABLES = CALLBACK_SYSTEM_VARIABLES;

const EDIT = { shouldDirty: true, shouldValidate: true } as const;
const { urls: URLS_ID, host: HOST_ID, body: BODY_ID, bodyType: TYPE_ID } = CALLBACK_INPUT_IDS;

/**
 * The one callback editor, bound to the form: URL(s), host, body template with OSS's variables,
 * body type and `x:` variables (kept in `fields`, since OSS reads them as form fields). Checked live
 * with the rules OSS and the sandbox apply; each problem shows at the input it is about.
 */
export function CallbackEditor() {
  const { register, control, setValue, getValues } = useFormContext<BuilderValues>();
  const t = useTexts(PANELS_CALLBACK_TEXTS);
  const [callbackUrl, callbackBody, callbackHost, callbackBodyType, fields] = useWatch({
    control,
    name: ['callbackUrl', 'callbackBody', 'callbackHost', 'callbackBodyType', 'fields'],
  });
  const { text: say } = useCoreTexts();
  const problems = useMemo(
    () => checkCallback({ callbackUrl, callbackBody, callbackHost, callbackBodyType, fields }, say),
    [callbackUrl, callbackBody, callbackHost, callbackBodyType, fields, say],
  );
  const errorAt = (id: string) =>
    problems
      ?.filter((problem) => problem.inputId === id)
      .map((problem) => problem.message)
      .join(' ') || undefined;
  const varIndexes = callbackVarIndexes(fields);
  const bodyType = callbackBodyType || CALLBACK_BODY_TYPES[0];

  // Where the caret last was in the body, so a variable goes there (the end before any edit).
  const caret = useRef<number | null>(null);
  const insert = (variable: string) => {
    const body = getValues('callbackBody');
    const at = Math.min(caret.current ?? body.length, body.length);
    const next = insertCallbackVariable(body, at, variable, bodyType);
    caret.current = next.caret;
    setValue('callbackBody', next.body, EDIT);
  };
  const bodyRegistration = register('callbackBody');

  const urlsError = errorAt(URLS_ID);
  const hostError = errorAt(HOST_ID);
  const bodyError = errorAt(BODY_ID);
  const typeError = errorAt(TYPE_ID);
  return (
    <div className="callback-editor">
      <p className="hint">{t.lead}</p>
      <Field id={URLS_ID} label={t.urls} hint={t.urlsHint} error={urlsError}>
        {(input) => (
          <input
            {...input}
            type="text"
            inputMode="url"
            spellCheck={false}
            autoComplete="off"
            {...register('callbackUrl')}
          />
        )}
      </Field>
      <div className="grid">
        <Field id={HOST_ID} label={t.host} hint={t.hostHint} error={hostError}>
          {(input) => (
            <input
              {...input}
              type="text"
              spellCheck={false}
              autoComplete="off"
              {...register('callbackHost')}
            />
          )}
        </Field>
        <Field id={TYPE_ID} label={t.bodyType} error={typeError}>
          {(input) => (
            <select
              {...input}
              value={bodyType}
              onChange={(event) => setValue('callbackBodyType', event.target.value, EDIT)}
            >
              {CALLBACK_BODY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id={BODY_ID} label={t.body} hint={t.bodyHint} error={bodyError}>
        {(input) => (
          <textarea
            {...input}
            rows={3}
            spellCheck={false}
            placeholder="bucket=${bucket}&object=${object}&size=${size}"
            {...bodyRegistration}
            onBlur={(event) => {
              caret.current = event.target.selectionStart;
              return bodyRegistration.onBlur(event);
            }}
          />
        )}
      </Field>
      <div className="chips" role="group" aria-label={t.insertGroup}>
        {[
          ...SYSTEM_VARIABLES,
          ...varIndexes.map((i) => fields[i].name.trim()).filter((name) => name.length > 2),
        ].map((name) => (
          <button
            key={name}
            type="button"
            className="chip"
            title={t.insert({ variable: `\${${name}}` })}
            onClick={() => insert(name)}
          >
            {`\${${name}}`}
          </button>
        ))}
      </div>
      <CallbackVarsEditor fields={fields} errorAt={errorAt} />
      <section
        aria-label={t.check}
        aria-live="polite"
        className={problems?.length ? 'oss-error' : ''}
      >
        {problems === null ? (
          <p className="hint">{t.none}</p>
        ) : problems.length === 0 ? (
          <p className="ok-note">{t.accepted}</p>
        ) : (
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
