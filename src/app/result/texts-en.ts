import { defineTexts } from '../../oss/index.ts';

/** The result pane's texts (English; the Chinese is in texts-zh.ts beside it). */
export const RESULT_TEXTS = defineTexts('result', {
  pane: 'Result',
  buildPane: 'Build',
  signedTitle: 'The signed form',
  signedLead: 'Recomputed on every change. Copy each value, or see the fields in send order.',
  signing: 'Signing…',
  postTo: 'POST to',
  signatureV4: 'Signature (V4, hex HMAC-SHA256)',
  signatureV1: 'Signature (V1, Base64 HMAC-SHA1)',
  noSecret: '(enter the AccessKey secret to sign)',
  credential: 'Credential',
  date: 'Date (x-oss-date, UTC)',
  policyBase64: 'Policy (Base64, what is signed)',
  policyDecoded: 'Decoded policy',
  bodyPreview: 'Multipart body preview (without the file bytes)',
  multipartBody: 'Multipart body',
  copySignature: 'Copy signature',
  copyPolicy: 'Copy policy',
  copyCredential: 'Copy credential',
  copied: 'Copied',
  copyFailed: 'The browser refused the clipboard; select the value and copy it by hand.',
  fieldsCaption: 'Form fields in the order they are sent',
  fieldName: 'Name',
  fieldValue: 'Value',
  fieldWhy: 'Why it is here',
  showWhy: 'Show why each field is there',
  fileBytes: 'the file’s bytes',
  sameAs: (p: { n: string | number }) => `As for field ${p.n}.`,
  uploadResult: 'Upload result',
  // Shown in this pane while the tools' chunk loads (their own texts come with it).
  loadingTools: 'Loading snippets and tools…',
  stale:
    'Stale: this answer is for an earlier version of the form. Upload again to see what OSS says now.',
});
