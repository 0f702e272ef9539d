import { Section } from '../../ui/section.tsx';
import { SignedFormView } from '../../ui/signed-form-view.tsx';
import type { PostForm } from '../../oss/index.ts';
import type { MultipartPreview } from '../logic/multipart-preview.ts';

/** Step 3 → 4: the signed form as it will be sent. */
export function SignedFormPanel({
  form,
  preview,
  error,
}: {
  form: PostForm | null;
  preview: MultipartPreview | null;
  error: string | null;
}) {
  return (
    <Section
      id="signed-form"
      title="4. The signed form"
      lead="Recomputed on every change: fields in send order, policy, signature, body."
    >
      {error ? <p className="field-error">{error}</p> : null}
      {form && preview ? <SignedFormView form={form} preview={preview} /> : <p>Signing…</p>}
    </Section>
  );
}
