import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { BuilderValues } from '../form/builder-schema.ts';
import { useFieldFocus } from '../focus/field-focus.tsx';
import { INPUT_IDS } from '../form/field-ids.ts';
import { readPolicyJson, type PolicyJsonProblem } from '../form/policy-json.ts';
import { PANELS_POLICY_JSON_TEXTS } from './texts-en.ts';
import { FORM_POLICY_JSON_TEXTS } from '../form/texts-en.ts';
import { useCoreTexts } from '../i18n/use-core-texts.ts';
import { useTexts } from '../../ui/i18n/texts.ts';
import { capPolicyReading } from '../interchange/row-cap.ts';

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/**
 * The policy as JSON, kept in sync both ways: it shows what is signed; typing valid JSON here
 * updates the expiration and the condition rows; invalid JSON shows where it breaks.
 */
export function PolicyJsonEditor({ policyJson }: { policyJson: string }) {
  const flagged = useFieldFocus().flagged.has(INPUT_IDS.policyJson);
  const form = useFormContext<BuilderValues>();
  const [draft, setDraft] = useState<string | null>(null);
  const [baseExpiration, setBaseExpiration] = useState<string | null>(null);
  const [problems, setProblems] = useState<PolicyJsonProblem[]>([]);
  const [warnings, setWarnings] = useState<PolicyJsonProblem[]>([]);
  const t = useTexts(PANELS_POLICY_JSON_TEXTS);
  const readTexts = useTexts(FORM_POLICY_JSON_TEXTS);
  const { text: say } = useCoreTexts();

  const edit = (text: string) => {
    setDraft(text);
    const reading = capPolicyReading(readPolicyJson(text, readTexts, say));
    if (!reading.ok) {
      setProblems(reading.problems);
      setWarnings([]);
      return;
    }
    setProblems([]);
    setWarnings(reading.warnings);
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
      <label htmlFor={INPUT_IDS.policyJson}>{t.label}</label>
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
            readPolicyJson(text, readTexts).ok
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
        {t.hint}
      </p>
      {draft !== null && problems.length > 0 ? (
        <button
          type="button"
          onClick={() => {
            setDraft(null);
            setProblems([]);
            setWarnings([]);
          }}
        >
          {t.discard}
        </button>
      ) : null}
      <div id="policy-json-problems" role="alert">
        {problems.map((problem, index) => (
          <p key={index} className="field-error">
            {problem.position
              ? t.at({ line: problem.position.line, column: problem.position.column })
              : ''}
            {problem.message}
            {problem.position ? (
              <code className="caret-line">
                {text.split('\n')[problem.position.line - 1]}
                {'\n'}
                {' '.repeat(problem.position.column - 1)}^
              </code>
            ) : null}
          </p>
        ))}
        {warnings.map((warning, index) => (
          <p key={`w${index}`} className="field-warning">
            {t.refused({ message: warning.message })}
          </p>
        ))}
      </div>
    </div>
  );
}
