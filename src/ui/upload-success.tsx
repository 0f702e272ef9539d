import { CodeBlock } from './code-block.tsx';
import { UI_UPLOAD_SUCCESS_TEXTS } from './result-texts-en.ts';
import { useTexts } from './i18n/texts.ts';

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
  const texts = useTexts(UI_UPLOAD_SUCCESS_TEXTS);
  return (
    <div className="upload-success">
      <dl className="facts">
        {props.objectKey ? (
          <>
            <dt>{texts.objectKey}</dt>
            <dd>
              <code>{props.objectKey}</code>
            </dd>
          </>
        ) : null}
        <dt>ETag</dt>
        <dd>
          <code>{props.etag ?? texts.notReadable({ header: 'ETag' })}</code>
        </dd>
        <dt>{texts.requestId}</dt>
        <dd>
          <code>{props.requestId ?? texts.notReadable({ header: 'x-oss-request-id' })}</code>
        </dd>
        <dt>CRC64</dt>
        <dd>
          <code>{props.crc64 ?? texts.notReadable({ header: 'x-oss-hash-crc64ecma' })}</code>
        </dd>
        {props.objectUrl ? (
          <>
            <dt>{texts.storedObject}</dt>
            <dd>
              <a href={props.objectUrl} target="_blank" rel="noreferrer">
                {texts.openObject}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {props.clockNote ? <p className="field-warning">{props.clockNote}</p> : null}
      {props.body ? <CodeBlock label={texts.responseBody} text={props.body} /> : null}
    </div>
  );
}
