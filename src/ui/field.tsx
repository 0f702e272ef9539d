import { useContext, type ReactNode } from 'react';
import { FieldFindings, findingsId, FlaggedInputsContext } from './field-findings.tsx';
import { useTexts } from './i18n/texts.ts';
import { UI_FIELD_TEXTS } from './texts-en.ts';

/** What the input inside a `Field` carries: its id, what describes it, whether it is invalid. */
export interface FieldInput {
  id: string;
  'aria-describedby': string;
  'aria-invalid': boolean;
}

export interface FieldProps {
  /** The id of the input inside; the label points at it. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  warning?: string | undefined;
  /** The input, given its wiring: `{(input) => <input {...input} … />}`. */
  children: (input: FieldInput) => ReactNode;
}

/**
 * A labelled input with its hint, its validation message, its findings (checks, lint, the dry
 * run's refusal: FieldFindingsContext) and its outline when an OSS error points at it
 * (FlaggedInputsContext). The input gets its id, `aria-describedby` and `aria-invalid` from here:
 * every input of the page is wired the same way.
 */
export function Field({ id, label, hint, error, warning, children }: FieldProps) {
  const texts = useTexts(UI_FIELD_TEXTS);
  const flagged = useContext(FlaggedInputsContext).has(id);
  const input: FieldInput = {
    id,
    'aria-describedby': describedBy(id, { hint, error, warning }),
    'aria-invalid': !!error,
  };
  return (
    <div className={flagged ? 'field flagged' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(input)}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <FieldFindings inputId={id} />
      {flagged ? <p className="flag-note">{texts.flagged}</p> : null}
      {warning ? (
        <p className="field-warning" id={`${id}-warning`}>
          {warning}
        </p>
      ) : null}
    </div>
  );
}

/** The `aria-describedby` value matching what `Field` renders (its findings list is always there). */
export function describedBy(
  id: string,
  parts: { hint?: unknown; error?: unknown; warning?: unknown },
) {
  const ids = [
    parts.hint ? `${id}-hint` : '',
    parts.error ? `${id}-error` : '',
    parts.warning ? `${id}-warning` : '',
    findingsId(id),
  ].filter(Boolean);
  return ids.join(' ');
}
