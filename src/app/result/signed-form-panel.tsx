import { Section } from '../../ui/section.tsx';
import { SignedFormView, type SignedFormTexts } from '../../ui/signed-form-view.tsx';
import type { PostForm } from '../../oss/index.ts';
import { useStore } from '../../ui/i18n/use-store.ts';
import type { MultipartPreview } from './multipart-preview.ts';
import { resultMessages } from './messages.ts';

/** The signed form as it will be sent, each value with its copy button. */
export function SignedFormPanel({
  form,
  preview,
  error,
}: {
  form: PostForm | null;
  preview: MultipartPreview | null;
  error: string | null;
}) {
  const t = useStore(resultMessages);
  const texts: SignedFormTexts = {
    ...t,
    fields: {
      caption: t.fieldsCaption,
      name: t.fieldName,
      value: t.fieldValue,
      why: t.fieldWhy,
      showWhy: t.showWhy,
      fileBytes: t.fileBytes,
      sameAs: (n) => t.sameAs({ n }),
    },
  };
  return (
    <Section id="signed-form" title={t.signedTitle} lead={t.signedLead}>
      {error ? <p className="field-error">{error}</p> : null}
      {form && preview ? (
        <SignedFormView form={form} preview={preview} texts={texts} />
      ) : (
        <p>{t.signing}</p>
      )}
    </Section>
  );
}
