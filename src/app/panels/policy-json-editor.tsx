import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import { readPolicyJson, toTextPosition, type PolicyJsonProblem } from '../form/policy-json.ts';
import { decodePolicy } from '../core.ts';

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** Syntax problems with their position: the core's reading when it has one, else JSON.parse's. */
function problemsOf(text: string, fallback: PolicyJsonProblem[]): PolicyJsonProblem[] {
  if (!decodePolicy) return fallback;
  const decoded = decodePolicy(text);
  if (decoded.ok || decoded.issues.every((issue) => issue.position === undefined)) return fallback;
  return decoded.issues.map((issue) => ({
    message: issue.message,
    ...(issue.position === undefined ? {} : { position: toTextPosition(text, issue.position) }),
  }));
}

/**
 * The policy as JSON, kept in sync both ways: it shows what is signed; typing valid JSON here
 * updates the expiration and the condition rows; invalid JSON shows where it breaks.
 */
export function PolicyJsonEditor({
  form,
  policyJson,
  flagged,
}: {
  form: UseFormReturn<BuilderValues>;
  policyJson: string;
  flagged: boolean;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [baseExpiration, setBaseExpiration] = useState<string | null>(null);
  const [problems, setProblems] = useState<PolicyJsonProblem[]>([]);

  const edit = (text: string) => {
    setDraft(text);
    const reading = readPolicyJson(text);
    if (!reading.ok) {
      setProblems(problemsOf(text, reading.problems));
      return;
    }
    setProblems([]);
    const options = { shouldValidate: true, shouldDirty: true };
    form.setValue('conditions', reading.conditions, options);
    if (reading.expiration !== baseExpiration) {
      form.setValue(
        'expiration',
        { ...form.getValues('expiration'), mode: 'absolute', absolute: reading.expiration },
        options,
      );
      setBaseExpiration(reading.expiration);
    }
  };

  const text = draft ?? pretty(policyJson);
  return (
    <div className={flagged ? 'field flagged' : 'field'}>
      <label htmlFor={INPUT_IDS.policyJson}>Policy JSON</label>
      <textarea
        id={INPUT_IDS.policyJson}
        className="code"
        rows={12}
        spellCheck={false}
        value={text}
        aria-invalid={problems.length > 0}
        aria-describedby="policy-json-hint policy-json-problems"
        onFocus={() => {
          setBaseExpiration(
            readPolicyJson(text).ok
              ? (JSON.parse(text) as { expiration: string }).expiration
              : null,
          );
          setDraft(text);
        }}
        onBlur={() => {
          if (problems.length === 0) setDraft(null);
        }}
        onChange={(event) => edit(event.target.value)}
      />
      <p className="hint" id="policy-json-hint">
        Edit freely: valid JSON updates the form above. The bucket, V4 and token conditions are the
        builder&apos;s own and come back when removed.
      </p>
      <div id="policy-json-problems" role="alert">
        {problems.map((problem, index) => (
          <p key={index} className="field-error">
            {problem.position
              ? `Line ${problem.position.line}, column ${problem.position.column}: `
              : ''}
            {problem.message}
          </p>
        ))}
      </div>
    </div>
  );
}
