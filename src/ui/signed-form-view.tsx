import type { PostForm } from '../oss/index.ts';
import { CodeBlock } from './code-block.tsx';
import { CopyButton } from './copy-button.tsx';
import { FieldTable, type FieldTableTexts } from './field-table.tsx';
import { SizeMeter } from './size-meter.tsx';

export interface SignedFormTexts {
  postTo: string;
  signatureV4: string;
  signatureV1: string;
  noSecret: string;
  credential: string;
  date: string;
  policyBase64: string;
  policyDecoded: string;
  bodyPreview: string;
  multipartBody: string;
  copySignature: string;
  copyPolicy: string;
  copyCredential: string;
  copied: string;
  copyFailed: string;
  fields: FieldTableTexts;
}

export interface SignedFormViewProps {
  form: PostForm;
  preview: { text: string; bytesBeforeFile: number; fieldBytes: number };
  texts: SignedFormTexts;
}

/** The signed form: signature, policy and credential with a copy button each, then the fields. */
export function SignedFormView({ form, preview, texts }: SignedFormViewProps) {
  const copy = { doneText: texts.copied, failedText: texts.copyFailed };
  return (
    <div className="signed-form">
      <dl className="facts">
        <dt>{texts.postTo}</dt>
        <dd>
          <code>{form.url}</code>
        </dd>
        <dt>
          {form.version === 'v4' ? texts.signatureV4 : texts.signatureV1}{' '}
          <CopyButton label={texts.copySignature} text={form.signature} {...copy} />
        </dt>
        <dd>
          <code className="signature-value">{form.signature || texts.noSecret}</code>
        </dd>
        {form.credential ? (
          <>
            <dt>
              {texts.credential}{' '}
              <CopyButton label={texts.copyCredential} text={form.credential} {...copy} />
            </dt>
            <dd>
              <code>{form.credential}</code>
            </dd>
          </>
        ) : null}
        {form.date ? (
          <>
            <dt>{texts.date}</dt>
            <dd>
              <code>{form.date}</code>
            </dd>
          </>
        ) : null}
        <dt>
          {texts.policyBase64}{' '}
          <CopyButton label={texts.copyPolicy} text={form.policyBase64} {...copy} />
        </dt>
        <dd>
          <code className="policy-value">{form.policyBase64}</code>
        </dd>
      </dl>
      <details>
        <summary>{texts.policyDecoded}</summary>
        <CodeBlock label={texts.policyDecoded} text={form.policyJson} />
      </details>
      <FieldTable entries={form.fields} texts={texts.fields} />
      <SizeMeter bytesBeforeFile={preview.bytesBeforeFile} fieldBytes={preview.fieldBytes} />
      <details>
        <summary>{texts.bodyPreview}</summary>
        <CodeBlock label={texts.multipartBody} text={preview.text} />
      </details>
    </div>
  );
}
