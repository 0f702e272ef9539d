import type { FormEntry } from '../oss/index.ts';

/** The signed form's fields in send order: name, value, and why it is there (and there). */
export function FieldTable({ entries }: { entries: FormEntry[] }) {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label="Form fields in send order">
      <table className="field-table">
        <caption>Form fields in the order they are sent</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">Why it is here</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <tr key={`${entry.name}-${index}`}>
              <td>{index + 1}</td>
              <th scope="row">
                <code>{entry.name}</code>
              </th>
              <td className="value">
                {entry.kind === 'file' ? (
                  <em>the file&apos;s bytes</em>
                ) : (
                  <code>{entry.value}</code>
                )}
              </td>
              <td>{entry.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
