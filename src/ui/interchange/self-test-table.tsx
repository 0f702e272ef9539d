import type { SelfTestResult } from '../../oss/index.ts';
import { UI_SELF_TEST_TEXTS } from './texts-en.ts';
import { useTexts } from '../i18n/texts.ts';

export interface SelfTestTableProps {
  results: SelfTestResult[] | null;
  running: boolean;
  onRun: () => void;
}

/** The published signing vectors run through this browser's Web Crypto: pass or fail each. */
export function SelfTestTable({ results, running, onRun }: SelfTestTableProps) {
  const passed = results?.filter((r) => r.pass).length ?? 0;
  const texts = useTexts(UI_SELF_TEST_TEXTS);
  return (
    <div className="self-test">
      <div className="actions">
        <button type="button" onClick={onRun} disabled={running}>
          {running ? texts.running : texts.run}
        </button>
        <span aria-live="polite">
          {results
            ? (passed === results.length ? texts.allPass : texts.somePass)({
                passed,
                total: results.length,
              })
            : ''}
        </span>
      </div>
      {results ? (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={texts.table}>
          <table className="field-table">
            <caption>{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.vector}</th>
                <th scope="col">{texts.result}</th>
                <th scope="col">{texts.expectedGot}</th>
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
                      {result.pass ? texts.pass : texts.fail}
                    </span>
                  </td>
                  <td className="value">
                    <code>{result.expected}</code>
                    {result.pass ? null : (
                      <>
                        <br />
                        {texts.got} <code>{result.actual || result.error || texts.nothing}</code>
                        {result.base64Mismatch ? ` ${texts.base64Differs}` : ''}
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
