import type { ReactNode } from 'react';
import type { ImportedForm, Problem } from '../../oss/index.ts';
import { CodeBlock } from '../code-block.tsx';
import { UI_IMPORT_RESULT_TEXTS } from './texts-en.ts';
import { useTexts } from '../i18n/texts.ts';

type SourceLabel =
  'sourcePolicyBase64' | 'sourcePolicyJson' | 'sourceCurl' | 'sourceHtml' | 'sourceSigningServer';

const SOURCE_LABELS: Record<ImportedForm['source'], SourceLabel> = {
  'policy-base64': 'sourcePolicyBase64',
  'policy-json': 'sourcePolicyJson',
  curl: 'sourceCurl',
  html: 'sourceHtml',
  'signing-server': 'sourceSigningServer',
};

export interface ImportResultProps {
  origin: string;
  /** The form read, or the issues that stopped the import. */
  imported: ImportedForm | null;
  issues: Problem[];
  /** Sentences about what the builder kept or left out. */
  notes: string[];
  /** The lint of what came in (a ChecksList). */
  lint: ReactNode;
  /** The policy diff, when both sides exist. */
  diff: ReactNode;
  /** Null when it can be sent; else why not (no file chosen…). */
  cannotSend: string | null;
  onSendAsImported: () => void;
}

/** What an import read, its lint, and a way to send it untouched. */
export function ImportResult(props: ImportResultProps) {
  const { origin, imported, issues, notes, lint, diff, cannotSend, onSendAsImported } = props;
  const texts = useTexts(UI_IMPORT_RESULT_TEXTS);
  if (!imported) {
    return (
      <section className="import-result oss-error" aria-label={texts.region}>
        <h3>{texts.nothing}</h3>
        <ul>
          {issues.map((issue, index) => (
            <li key={`${issue.id}-${index}`}>{issue.message}</li>
          ))}
        </ul>
      </section>
    );
  }
  const label = texts[SOURCE_LABELS[imported.source]];
  const version = imported.version.toUpperCase();
  return (
    <section className="import-result" aria-label={texts.region}>
      <h3>
        {origin === 'paste'
          ? texts.imported({ source: label, version })
          : texts.importedFrom({ source: label, version, origin })}
      </h3>
      <p>{texts.holds}</p>
      {imported.url ? (
        <p>
          {texts.postsTo} <code>{imported.url}</code>
        </p>
      ) : null}
      {imported.fields.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={texts.fieldsTable}>
          <table className="field-table">
            <caption>{texts.fieldsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.field}</th>
                <th scope="col">{texts.value}</th>
              </tr>
            </thead>
            <tbody>
              {imported.fields.map((field, index) => (
                <tr key={`${field.name}-${index}`}>
                  <th scope="row">{field.name}</th>
                  <td className="value">{field.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {imported.problems.length > 0 || notes.length > 0 ? (
        <ul className="import-notes">
          {imported.problems.map((problem, index) => (
            <li key={`p${index}`}>{problem.message}</li>
          ))}
          {notes.map((note, index) => (
            <li key={`n${index}`}>{note}</li>
          ))}
        </ul>
      ) : null}
      {imported.policy ? (
        <CodeBlock label={texts.decodedPolicy} text={JSON.stringify(imported.policy, null, 2)} />
      ) : null}
      <h4>{texts.lint}</h4>
      {lint}
      {diff}
      {imported.fields.some((f) => f.name.toLowerCase() === 'policy') ? (
        <div className="actions">
          <button type="button" disabled={cannotSend !== null} onClick={onSendAsImported}>
            {texts.sendAsImported}
          </button>
          <span className="hint">{cannotSend ?? texts.sendHint}</span>
        </div>
      ) : null}
    </section>
  );
}
