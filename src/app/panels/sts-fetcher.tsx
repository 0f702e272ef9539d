import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { BuilderValues } from '../form/builder-schema.ts';
import { $stsExpiry } from '../remote/sts-expiry.ts';
import { useTemporaryCredentials } from '../remote/use-temporary-credentials.ts';

/** "Get temporary credentials from a URL": fills AccessKey ID, secret and token from STS JSON. */
export function StsFetcher({ defaultUrl }: { defaultUrl?: string }) {
  const form = useFormContext<BuilderValues>();
  const [url, setUrl] = useState(defaultUrl ?? '');
  const [method, setMethod] = useState<'GET' | 'POST'>(defaultUrl ? 'POST' : 'GET');
  const sts = useTemporaryCredentials();

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
      <summary>Get temporary credentials from a URL</summary>
      <p className="hint">
        Your own endpoint that returns STS JSON (AccessKeyId, AccessKeySecret, SecurityToken,
        Expiration; top level or under Credentials). Nothing from this page is sent to it.
      </p>
      <div className="inline">
        <label htmlFor="sts-url">Credentials URL</label>
        <input
          id="sts-url"
          type="url"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <label htmlFor="sts-method">Method</label>
        <select
          id="sts-method"
          value={method}
          onChange={(event) => setMethod(event.target.value as 'GET' | 'POST')}
        >
          <option>GET</option>
          <option>POST</option>
        </select>
        <button type="button" onClick={fetchCredentials} disabled={!url || sts.isPending}>
          Get temporary credentials
        </button>
      </div>
      {sts.isSuccess ? (
        <p className="ok-note" aria-live="polite">
          Temporary credentials filled in
          {sts.data.expiration ? `; they expire at ${sts.data.expiration}` : ''}.
        </p>
      ) : null}
      {sts.isError ? (
        <p className="field-error" role="alert">
          {sts.error.message}
        </p>
      ) : null}
    </details>
  );
}
