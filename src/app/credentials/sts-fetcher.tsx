import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { BuilderValues } from '../form/builder-schema.ts';
import { $stsExpiry } from '../remote/sts-expiry.ts';
import { useTemporaryCredentials } from '../remote/use-temporary-credentials.ts';
import { PANELS_STS_TEXTS } from './texts-en.ts';
import { PAGE_ERRORS_TEXTS } from '../page-errors/texts-en.ts';
import { sayPageError } from '../page-errors/page-error.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/** "Get temporary credentials from a URL": fills AccessKey ID, secret and token from STS JSON. */
export function StsFetcher({ defaultUrl }: { defaultUrl?: string }) {
  const form = useFormContext<BuilderValues>();
  const [url, setUrl] = useState(defaultUrl ?? '');
  const [method, setMethod] = useState<'GET' | 'POST'>(defaultUrl ? 'POST' : 'GET');
  const sts = useTemporaryCredentials();
  const t = useTexts(PANELS_STS_TEXTS);
  const errorTexts = useTexts(PAGE_ERRORS_TEXTS);

  const fetchCredentials = () => {
    sts.mutate(
      { url, method },
      {
        onSuccess: (credentials) => {
          const options = { shouldValidate: true, shouldDirty: true };
          form.setValue('credentials.accessKeyId', credentials.accessKeyId, options);
          form.setValue('credentials.accessKeySecret', credentials.accessKeySecret, options);
          form.setValue('credentials.securityToken', credentials.securityToken, options);
          $stsExpiry.set(
            credentials.expiration
              ? { securityToken: credentials.securityToken, expiration: credentials.expiration }
              : null,
          );
        },
      },
    );
  };

  return (
    <details className="sts">
      <summary>{t.summary}</summary>
      <p className="hint">{t.hint}</p>
      <div className="inline">
        <label htmlFor="sts-url">{t.url}</label>
        <input
          id="sts-url"
          type="url"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <label htmlFor="sts-method">{t.method}</label>
        <select
          id="sts-method"
          value={method}
          onChange={(event) => setMethod(event.target.value as 'GET' | 'POST')}
        >
          <option>GET</option>
          <option>POST</option>
        </select>
        <button type="button" onClick={fetchCredentials} disabled={!url || sts.isPending}>
          {t.fetch}
        </button>
      </div>
      {sts.isSuccess ? (
        <p className="ok-note" aria-live="polite">
          {sts.data.expiration ? t.filledUntil({ expiration: sts.data.expiration }) : t.filled}
        </p>
      ) : null}
      {sts.isError ? (
        <p className="field-error" role="alert">
          {sayPageError(sts.error, errorTexts)}
        </p>
      ) : null}
    </details>
  );
}
