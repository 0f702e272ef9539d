import { Section } from '../../ui/section.tsx';
import { SignedFormView, type SignedFormTexts } from '../../ui/signed-form-view.tsx';
import { RESULT_TEXTS } from './texts-en.ts';
import { useResult } from './result-context.tsx';
import { useTexts } from '../../ui/i18n/texts.ts';

/** The signed form as it will be sent, each value with its copy button. */
export function SignedFormPanel() {
  const { shownForm: form, preview, signed } = useResult();
  const { error } = signed;
  const t = useTexts(RESULT_TEXTS);
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
