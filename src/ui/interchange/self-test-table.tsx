import type { SelfTestResult } from '../../oss/index.ts';

export interface SelfTestTableProps {
  results: SelfTestResult[] | null;
  running: boolean;
  onRun: () => void;
}

/** The published signing vectors run through this browser's Web Crypto: pass or fail each. */
export function SelfTestTable({ results, running, onRun }: SelfTestTableProps) {
  const passed = results?.filter((r) => r.pass).length ?? 0;
  return (
    <div className="self-test">
      <div className="actions">
        <button type="button" onClick={onRun} disabled={running}>
          {running ? 'Running…' : 'Run self-test'}
        </button>
        <span aria-live="polite">
          {results
            ? `${passed} of ${results.length} vectors pass${passed === results.length ? '' : ': this browser or a proxy changes what is signed'}.`
            : ''}
        </span>
      </div>
      {results ? (
        <div
          className="table-scroll"
          tabIndex={0}
          role="group"
          aria-label="Self-test results table"
        >
          <table className="field-table">
            <caption>Self-test results</caption>
            <thead>
              <tr>
                <th scope="col">Vector</th>
                <th scope="col">Result</th>
                <th scope="col">Expected / got</th>
              </tr>
            </thead>
            <tbody>
              {results.map((result) => (
                <tr key={result.id}>
                  <th scope="row">
                    {result.id} ({result.version.toUpperCase()})
                    <span className="hint vector-source">{result.source}</span>
                  </th>
                  <td>
                    <span className={`badge ${result.pass ? 'badge-ok' : 'badge-error'}`}>
                      {result.pass ? 'pass' : 'fail'}
                    </span>
                  </td>
                  <td className="value">
                    <code>{result.expected}</code>
                    {result.pass ? null : (
                      <>
                        <br />
                        got <code>{result.actual || result.error || '(nothing)'}</code>
                        {result.base64Mismatch ? ' (the policy Base64 differs)' : ''}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
