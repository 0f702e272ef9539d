import type { Check, Severity } from '../oss/index.ts';
import { UI_CHECKS_TEXTS } from './result-texts-en.ts';
import { useTexts } from './i18n/texts.ts';

const SEVERITIES: { severity: Severity; title: 'errors' | 'warnings' | 'notes' }[] = [
  { severity: 'error', title: 'errors' },
  { severity: 'warning', title: 'warnings' },
  { severity: 'info', title: 'notes' },
];

export interface ChecksListProps {
  checks: Check[];
  /** Focus the input of a form field; undefined when the page shows no input for it. */
  onShowField: (field: string) => void;
  canShowField: (field: string) => boolean;
}

/** The core's findings grouped by severity; each field is a button that focuses its input. */
export function ChecksList({ checks, onShowField, canShowField }: ChecksListProps) {
  const texts = useTexts(UI_CHECKS_TEXTS);
  if (checks.length === 0) {
    return <p className="ok-note">{texts.none}</p>;
  }
  return (
    <div className="checks">
      {SEVERITIES.map(({ severity, title }) => {
        const group = checks.filter((check) => check.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={`check-group check-${severity}`}>
            <h3>{texts[title]({ count: group.length })}</h3>
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
                      {texts.goTo({ field })}
                    </button>
                  ))}{' '}
                  <a href={check.docUrl} target="_blank" rel="noreferrer">
                    {texts.docs}
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
