import { createContext, useContext } from 'react';

/** A check, lint finding or dry-run refusal, as shown beside the input it concerns. */
export interface FieldFinding {
  key: string;
  severity: 'error' | 'warning' | 'info';
  text: string;
}

/** The findings of the current form by input id (the page computes them; inputs read them). */
export const FieldFindingsContext = createContext<ReadonlyMap<string, FieldFinding[]>>(new Map());

/** Ids of the inputs an OSS error (or else the dry run's refusal) points at: outlined. */
export const FlaggedInputsContext = createContext<ReadonlySet<string>>(new Set());

/** The id of the findings list beside an input: every input names it in `aria-describedby`. */
export const findingsId = (inputId: string) => `${inputId}-findings`;

/**
 * The findings for one input, in an element that is always there (empty when all is well) so the
 * input's `aria-describedby` can name it without a dangling reference.
 */
export function FieldFindings({ inputId }: { inputId: string }) {
  const findings = useContext(FieldFindingsContext).get(inputId) ?? [];
  return (
    <div id={findingsId(inputId)} className="field-findings">
      {findings.map((finding) => (
        <p key={finding.key} className={`finding finding-${finding.severity}`}>
          {finding.text}
        </p>
      ))}
    </div>
  );
}
