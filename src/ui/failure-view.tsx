import { CodeBlock } from './code-block.tsx';
import { UI_FAILURE_TEXTS } from './result-texts-en.ts';
import { useTexts } from './i18n/texts.ts';

export interface FailureViewProps {
  /** null while the page is still finding out. */
  diagnosis: 'cors' | 'network' | null;
  origin: string;
  corsRuleXml: string;
  onSendPlainForm: () => void;
}

/** A post with no readable answer (status 0): CORS or network, the CORS rule, the plain-form way. */
export function FailureView({ diagnosis, origin, corsRuleXml, onSendPlainForm }: FailureViewProps) {
  const texts = useTexts(UI_FAILURE_TEXTS);
  return (
    <section className="oss-error" aria-labelledby="failure-heading">
      <h3 id="failure-heading">{texts.heading}</h3>
      <p>
        <strong>{texts.noAnswer}</strong> {texts.noAnswerWhy}
      </p>
      {diagnosis === null ? (
        <p>{texts.findingOut}</p>
      ) : diagnosis === 'cors' ? (
        <p>
          <strong>{texts.corsTitle}</strong> {texts.cors({ origin })}
        </p>
      ) : (
        <p>
          <strong>{texts.networkTitle}</strong> {texts.network}
        </p>
      )}
      <CodeBlock label={texts.corsRule} text={corsRuleXml} />
      <p>{texts.plainForm}</p>
      <button type="button" onClick={onSendPlainForm}>
        {texts.sendPlain}
      </button>
    </section>
  );
}
