import type { Check, Severity } from '../oss/index.ts';

const SEVERITIES: { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Errors: OSS will refuse this form' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Notes' },
];

export interface ChecksListProps {
  checks: Check[];
  /** Focus the input of a form field; undefined when the page shows no input for it. */
  onShowField: (field: string) => void;
  canShowField: (field: string) => boolean;
}

/** The core's findings grouped by severity; each field is a button that focuses its input. */
export function ChecksList({ checks, onShowField, canShowField }: ChecksListProps) {
  if (checks.length === 0) {
    return <p className="ok-note">No findings: the form meets every limit the checks know.</p>;
  }
  return (
    <div className="checks">
      {SEVERITIES.map(({ severity, title }) => {
        const group = checks.filter((check) => check.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={`check-group check-${severity}`}>
            <h3>
              {title} ({group.length})
            </h3>
            <ul>
              {group.map((check, index) => (
                <li key={`${check.id}-${index}`}>
                  <span className="check-message">{check.message}</span>{' '}
                  {check.fields.filter(canShowField).map((field) => (
                    <button
                      key={field}
                      type="button"
                      className="link-button"
                      onClick={() => onShowField(field)}
                    >
                      Go to {field}
                    </button>
                  ))}{' '}
                  <a href={check.docUrl} target="_blank" rel="noreferrer">
                    OSS docs
                  </a>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
