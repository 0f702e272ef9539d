import { CodeBlock } from './code-block.tsx';

export interface FailureViewProps {
  /** null while the page is still finding out. */
  diagnosis: 'cors' | 'network' | null;
  origin: string;
  corsRuleXml: string;
  onSendPlainForm: () => void;
}

/** A post with no readable answer (status 0): CORS or network, the CORS rule, the plain-form way. */
export function FailureView({ diagnosis, origin, corsRuleXml, onSendPlainForm }: FailureViewProps) {
  return (
    <section className="oss-error" aria-labelledby="failure-heading">
      <h3 id="failure-heading">OSS error</h3>
      <p>
        <strong>No readable answer (status 0):</strong> the browser got nothing it may show this
        page.
      </p>
      {diagnosis === null ? (
        <p>Finding out whether the server is reachable…</p>
      ) : diagnosis === 'cors' ? (
        <p>
          <strong>Most likely CORS.</strong> The server answers, but the browser withheld its
          response from this page: the bucket has no CORS rule allowing <code>POST</code> from{' '}
          <code>{origin}</code>. Add the rule below (OSS console → the bucket → Content Security →
          CORS, or PUT /?cors).
        </p>
      ) : (
        <p>
          <strong>Most likely the network.</strong> The server did not answer at all: check the
          endpoint, DNS, that you are online, and that an https page does not post to an http
          endpoint. An
          <code>-internal</code> endpoint is only reachable from inside Alibaba Cloud.
        </p>
      )}
      <CodeBlock label="CORS rule for this page" text={corsRuleXml} />
      <p>A plain HTML form is not subject to CORS: it shows OSS&apos;s raw answer in a new tab.</p>
      <button type="button" onClick={onSendPlainForm}>
        Send as a plain HTML form in a new tab
      </button>
    </section>
  );
}
