import type { PostForm } from '../oss/index.ts';
import { CodeBlock } from './code-block.tsx';
import { FieldTable } from './field-table.tsx';
import { SizeMeter } from './size-meter.tsx';

export interface SignedFormViewProps {
  form: PostForm;
  preview: { text: string; bytesBeforeFile: number; fieldBytes: number };
}

/** The signed form: fields in order, the policy both ways, the signature material, the body. */
export function SignedFormView({ form, preview }: SignedFormViewProps) {
  return (
    <div className="signed-form">
      <dl className="facts">
        <dt>POST to</dt>
        <dd>
          <code>{form.url}</code>
        </dd>
        <dt>
          Signature ({form.version === 'v4' ? 'V4, hex HMAC-SHA256' : 'V1, Base64 HMAC-SHA1'})
        </dt>
        <dd>
          <code>{form.signature || '(enter the AccessKey secret to sign)'}</code>
        </dd>
        {form.credential ? (
          <>
            <dt>Credential</dt>
            <dd>
              <code>{form.credential}</code>
            </dd>
          </>
        ) : null}
        {form.date ? (
          <>
            <dt>Date (x-oss-date, UTC)</dt>
            <dd>
              <code>{form.date}</code>
            </dd>
          </>
        ) : null}
      </dl>
      <FieldTable entries={form.fields} />
      <SizeMeter bytesBeforeFile={preview.bytesBeforeFile} fieldBytes={preview.fieldBytes} />
      <details>
        <summary>Policy: Base64 (what is signed) and decoded JSON</summary>
        <CodeBlock label="Base64 policy" text={form.policyBase64} />
        <CodeBlock label="Decoded policy" text={form.policyJson} />
      </details>
      <details>
        <summary>Multipart body preview (without the file bytes)</summary>
        <CodeBlock label="Multipart body" text={preview.text} />
      </details>
    </div>
  );
}
