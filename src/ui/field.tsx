import type { ReactNode } from 'react';
import { FieldFindings, findingsId } from './field-findings.tsx';
import { UI_FIELD_TEXTS } from './texts-en.ts';
import { useTexts } from './i18n/texts.ts';

export interface FieldProps {
  /** The id of the input inside; the label points at it. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  warning?: string;
  /** An OSS error or check points at this input. */
  flagged?: boolean;
  children: ReactNode;
}

/** A labelled input with its hint and its validation message (described-by for screen readers). */
export function Field({ id, label, hint, error, warning, flagged, children }: FieldProps) {
  const texts = useTexts(UI_FIELD_TEXTS);
  return (
    <div className={flagged ? 'field flagged' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
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
