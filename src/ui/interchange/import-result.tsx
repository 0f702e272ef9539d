import type { ReactNode } from 'react';
import type { ImportedForm, Problem } from '../../oss/index.ts';
import { CodeBlock } from '../code-block.tsx';

const SOURCE_LABELS: Record<ImportedForm['source'], string> = {
  'policy-base64': 'a Base64 policy',
  'policy-json': 'policy JSON',
  curl: 'a curl command',
  html: 'an HTML form',
  'signing-server': 'a signing server answer',
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
  if (!imported) {
    return (
      <section className="import-result oss-error" aria-label="Import result">
        <h3>Nothing imported</h3>
        <ul>
          {issues.map((issue, index) => (
            <li key={`${issue.id}-${index}`}>{issue.message}</li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section className="import-result" aria-label="Import result">
      <h3>
        Imported {SOURCE_LABELS[imported.source]} ({imported.version.toUpperCase()})
        {origin === 'paste' ? '' : ` from ${origin}`}
      </h3>
      <p>The builder now holds what came in; the sections above show it signed again.</p>
      {imported.url ? (
        <p>
          Posts to <code>{imported.url}</code>
        </p>
      ) : null}
      {imported.fields.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="group" aria-label="Imported fields table">
          <table className="field-table">
            <caption>Fields as imported, in send order</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Value</th>
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
        <CodeBlock label="Decoded policy" text={JSON.stringify(imported.policy, null, 2)} />
      ) : null}
      <h4>Lint of what came in</h4>
      {lint}
      {diff}
      {imported.fields.some((f) => f.name.toLowerCase() === 'policy') ? (
        <div className="actions">
          <button type="button" disabled={cannotSend !== null} onClick={onSendAsImported}>
            Upload with the imported fields
          </button>
          <span className="hint">
            {cannotSend ??
              'Sends the fields exactly as imported (their signature, not the builder’s) with the chosen file; the answer shows under Test upload.'}
          </span>
        </div>
      ) : null}
    </section>
  );
}
