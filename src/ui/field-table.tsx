import { useState } from 'react';
import type { FormEntry } from '../oss/index.ts';
import { InlineCode } from './inline-code.tsx';

export interface FieldTableTexts {
  caption: string;
  name: string;
  value: string;
  why: string;
  showWhy: string;
  fileBytes: string;
  /** Where a reason repeats: "As for field {n}." */
  sameAs: (n: number) => string;
}

/**
 * The signed form's fields in send order, compact: name and value; why each is there (and
 * there) on demand, each reason written once.
 */
export function FieldTable({ entries, texts }: { entries: FormEntry[]; texts: FieldTableTexts }) {
  const [showWhy, setShowWhy] = useState(false);
  const firstWith = new Map<string, number>();
  return (
    <div className="field-table-box">
      <label className="inline-toggle">
        <input type="checkbox" checked={showWhy} onChange={(e) => setShowWhy(e.target.checked)} />{' '}
        {texts.showWhy}
      </label>
      <table className="field-table">
        <caption>{texts.caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{texts.name}</th>
            <th scope="col">{texts.value}</th>
            {showWhy ? <th scope="col">{texts.why}</th> : null}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => {
            const earlier = firstWith.get(entry.why);
            if (earlier === undefined) firstWith.set(entry.why, index + 1);
            return (
              <tr key={`${entry.name}-${index}`}>
                <td>{index + 1}</td>
                <th scope="row" className="name">
                  <code>{entry.name}</code>
                </th>
                <td className="value">
                  {entry.kind === 'file' ? <em>{texts.fileBytes}</em> : <code>{entry.value}</code>}
                </td>
                {showWhy ? (
                  <td className="why">
                    {earlier === undefined ? (
                      <InlineCode text={entry.why} />
                    ) : (
                      texts.sameAs(earlier)
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
