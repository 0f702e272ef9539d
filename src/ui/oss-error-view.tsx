import type { Explanation, OssError } from '../oss/index.ts';
import { CodeBlock } from './code-block.tsx';
import { UI_OSS_ERROR_TEXTS } from './result-texts-en.ts';
import { useTexts } from './i18n/texts.ts';

export interface OssErrorViewProps {
  status: number;
  error: OssError | null;
  /** The raw body, shown when it is not an OSS `<Error>`. */
  body: string;
  explanation: Explanation | null;
  fixes: { id: string; label: string }[];
  onFix: (id: string) => void;
  /** A sentence about the browser clock, when it matters. */
  clockNote?: string;
  /** A size refusal's two numbers: the file's bytes and the allowed range. */
  sizeNote?: string;
  onShowField: (field: string) => void;
  canShowField: (field: string) => boolean;
}

/** OSS's error verbatim, then our explanation, the fields concerned and the one-click fixes. */
export function OssErrorView(props: OssErrorViewProps) {
  const { error, explanation } = props;
  const fields = explanation?.fields ?? [];
  const texts = useTexts(UI_OSS_ERROR_TEXTS);
  return (
    <section className="oss-error" aria-labelledby="oss-error-heading">
      <h3 id="oss-error-heading">{texts.heading}</h3>
      {error ? (
        <dl className="facts">
          <dt>Code</dt>
          <dd>
            <code>{error.code}</code> (HTTP {props.status})
          </dd>
          <dt>Message</dt>
          <dd>
            <code>{error.message}</code>
          </dd>
          <dt>RequestId</dt>
          <dd>
            <code>{error.requestId ?? '—'}</code>
          </dd>
          <dt>HostId</dt>
          <dd>
            <code>{error.hostId ?? '—'}</code>
          </dd>
          {error.ec ? (
            <>
              <dt>EC</dt>
              <dd>
                <code>{error.ec}</code>
                {error.recommendDoc ? (
                  <>
                    {' '}
                    <a href={error.recommendDoc} target="_blank" rel="noreferrer">
                      RecommendDoc
                    </a>
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
          {Object.entries(error.extra).map(([name, value]) => (
            <div key={name} className="extra">
              <dt>{name}</dt>
              <dd>
                <code>{value}</code>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <>
          <p>{texts.notOssError({ status: props.status })}</p>
          <CodeBlock label={texts.responseBody} text={props.body || texts.empty} />
        </>
      )}
      {explanation ? (
        <div className="explanation">
          <h4>{texts.cause}</h4>
          <p>{explanation.cause}</p>
          <h4>{texts.solution}</h4>
          <p>{explanation.solution}</p>
          {explanation.docUrl ? (
            <p>
              <a href={explanation.docUrl} target="_blank" rel="noreferrer">
                {texts.docs}
              </a>
            </p>
          ) : null}
        </div>
      ) : error ? (
        <p>{texts.notInCatalog}</p>
      ) : null}
      {fields.length > 0 ? (
        <p>
          {texts.fields}{' '}
          {fields.map((field) =>
            props.canShowField(field) ? (
              <button
                key={field}
                type="button"
                className="link-button"
                onClick={() => props.onShowField(field)}
              >
                {field}
              </button>
            ) : (
              <code key={field}>{field} </code>
            ),
          )}
        </p>
      ) : null}
      {props.sizeNote ? <p className="size-note">{props.sizeNote}</p> : null}
      {props.clockNote ? <p className="field-warning">{props.clockNote}</p> : null}
      {props.fixes.length > 0 ? (
        <div className="fixes">
          {props.fixes.map((fix) => (
            <button key={fix.id} type="button" onClick={() => props.onFix(fix.id)}>
              {fix.label}
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
