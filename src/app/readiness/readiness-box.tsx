import { useFormContext, useWatch } from 'react-hook-form';
import {
  DEFAULT_ENDPOINT_CLOSED_TO_ACCOUNTS_FROM,
  PUBLIC_ENDPOINT_FORBIDDEN_DOC_URL,
  V1_CLOSED_TO_ACCOUNTS_FROM,
  V1_CLOSED_TO_BUCKETS_FROM,
  V1_UPGRADE_DOC_URL,
} from '../../oss/index.ts';
import { CodeBlock } from '../../ui/code-block.tsx';
import '../../ui/readiness.css';
import { useFieldFocus } from '../focus/field-focus.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import { READINESS_TEXTS } from './texts-en.ts';
import { readinessOf } from './readiness.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/**
 * What a real bucket needs before the first upload works, as soon as the target is one (OSS
 * public cloud or a custom domain): the endpoint rule of new accounts, the CORS rule for this
 * page's origin, a put-only RAM policy for the key prefix, and the V1 dates when V1 is chosen.
 */
export function ReadinessBox() {
  const { control, setValue } = useFormContext<BuilderValues>();
  const values = useWatch({ control }) as BuilderValues;
  const t = useTexts(READINESS_TEXTS);
  const { focusInput } = useFieldFocus();
  const ready = readinessOf(values, window.location.origin);
  if (!ready) return null;

  const useCustomDomain = () => {
    // The custom domain starts from the URL the user saw; they type their own domain in it.
    setValue('target.endpoint', ready.endpoint, { shouldValidate: true });
    setValue('target.mode', 'custom', { shouldValidate: true });
    // They type their own domain in the endpoint: it takes the focus (focus/field-focus.tsx).
    focusInput(INPUT_IDS.endpoint);
  };

  return (
    // Named "Readiness" for assistive tech: its heading mentions the bucket, and a landmark named
    // after it would answer a search for the Bucket input.
    <section className="panel readiness" aria-label={t.landmark} id="readiness">
      <h2 id="readiness-heading">{t.title}</h2>
      <p className="lead">{t.lead}</p>
      {ready.mainlandDefaultEndpoint ? (
        <div className="readiness-warning" role="note" aria-labelledby="readiness-mainland">
          <h3 id="readiness-mainland">{t.mainlandTitle}</h3>
          <p>
            {t.mainland({
              date: DEFAULT_ENDPOINT_CLOSED_TO_ACCOUNTS_FROM,
              host: ready.cnameTarget,
            })}{' '}
            <a href={PUBLIC_ENDPOINT_FORBIDDEN_DOC_URL} target="_blank" rel="noreferrer">
              {t.docLink}
            </a>
          </p>
          <p>{t.mainlandFix}</p>
          <ol>
            <li>{t.cnameStep({ target: ready.cnameTarget })}</li>
            <li>{t.formStep}</li>
            <li>{t.corsStep}</li>
          </ol>
          <p className="readiness-unpublished">{t.unpublished}</p>
          <button type="button" onClick={useCustomDomain}>
            {t.useCustomDomain}
          </button>
        </div>
      ) : null}
      {ready.v1 ? (
        <div className="readiness-warning" role="note" aria-labelledby="readiness-v1">
          <h3 id="readiness-v1">{t.v1Title}</h3>
          <p>
            {t.v1({ accounts: V1_CLOSED_TO_ACCOUNTS_FROM, buckets: V1_CLOSED_TO_BUCKETS_FROM })}{' '}
            <a href={V1_UPGRADE_DOC_URL} target="_blank" rel="noreferrer">
              {t.docLink}
            </a>
          </p>
        </div>
      ) : null}
      <h3>{t.corsTitle}</h3>
      <p>{t.corsLead}</p>
      <CodeBlock label={t.corsLabel} text={ready.corsRuleXml} />
      <h3>{t.ramTitle}</h3>
      <p>{t.ramLead({ prefix: ready.prefix === '' ? t.wholeBucket : ready.prefix })}</p>
      <CodeBlock label={t.ramLabel} text={ready.ramPolicyJson} />
    </section>
  );
}
