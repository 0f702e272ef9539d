import { Fragment, useState } from 'react';
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
 * there) on demand, each reason written once, on a line of its own under its field, so the value
 * column keeps its width when the reasons are shown.
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
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => {
            const earlier = firstWith.get(entry.why);
            if (earlier === undefined) firstWith.set(entry.why, index + 1);
            return (
              <Fragment key={`${entry.name}-${index}`}>
                <tr>
                  <td>{index + 1}</td>
                  <th scope="row" className="name">
                    <code>{entry.name}</code>
                  </th>
                  <td className="value">
                    {entry.kind === 'file' ? (
                      <em>{texts.fileBytes}</em>
                    ) : (
                      <code>{entry.value}</code>
                    )}
                  </td>
                </tr>
                {showWhy ? (
                  <tr className="why-row">
                    <td />
                    <td colSpan={2} className="why">
                      <span className="visually-hidden">{texts.why}: </span>
                      {earlier === undefined ? (
                        <InlineCode text={entry.why} />
                      ) : (
                        texts.sameAs(earlier)
                      )}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
