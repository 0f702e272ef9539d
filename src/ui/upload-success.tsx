import { CodeBlock } from './code-block.tsx';

export interface UploadSuccessProps {
  status: number;
  etag?: string;
  requestId?: string;
  crc64?: string;
  /** The PostResponse XML (status 201) or whatever body came back. */
  body: string;
  objectUrl?: string;
  objectKey?: string;
  /** A sentence about the browser clock, when it matters. */
  clockNote?: string;
}

/** What OSS answered for an accepted upload. */
export function UploadSuccess(props: UploadSuccessProps) {
  return (
    <div className="upload-success">
      <dl className="facts">
        {props.objectKey ? (
          <>
            <dt>Object key</dt>
            <dd>
              <code>{props.objectKey}</code>
            </dd>
          </>
        ) : null}
        <dt>ETag</dt>
        <dd>
          <code>{props.etag ?? 'not readable (expose ETag in the bucket CORS rule)'}</code>
        </dd>
        <dt>Request id</dt>
        <dd>
          <code>{props.requestId ?? 'not readable (expose x-oss-request-id)'}</code>
        </dd>
        <dt>CRC64</dt>
        <dd>
          <code>{props.crc64 ?? 'not readable (expose x-oss-hash-crc64ecma)'}</code>
        </dd>
        {props.objectUrl ? (
          <>
            <dt>Stored object</dt>
            <dd>
              <a href={props.objectUrl} target="_blank" rel="noreferrer">
                Open the stored object
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {props.clockNote ? <p className="field-warning">{props.clockNote}</p> : null}
      {props.body ? <CodeBlock label="Response body" text={props.body} /> : null}
    </div>
  );
}
