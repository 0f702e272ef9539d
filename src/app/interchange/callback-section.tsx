import { useMemo, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { CALLBACK_BODY_TYPES } from '../../oss/index.ts';
import {
  CallbackBuilderView,
  type CallbackDraft,
} from '../../ui/interchange/callback-builder-view.tsx';
import { Section } from '../../ui/section.tsx';
import type { BuilderValues } from '../form/builder-schema.ts';
import { checkDraft, draftFromValues, encodeDraft, fieldsWithVars } from './callback-draft.ts';

/** The callback builder: edit, validate as the sandbox would, then put it into the form. */
export function CallbackSection({ form }: { form: UseFormReturn<BuilderValues> }) {
  const [draft, setDraft] = useState<CallbackDraft>(() => draftFromValues(form.getValues()));
  const [notice, setNotice] = useState('');
  const problems = useMemo(() => (draft.urls.trim() ? checkDraft(draft) : null), [draft]);
  const encoded = useMemo(() => encodeDraft(draft), [draft]);

  const apply = () => {
    const options = { shouldDirty: true, shouldValidate: true } as const;
    form.setValue('callbackUrl', draft.urls, options);
    form.setValue('callbackBody', draft.body, options);
    form.setValue('fields', fieldsWithVars(form.getValues('fields'), draft), options);
    form.setValue('callbackHost', draft.host.trim(), options);
    form.setValue('callbackBodyType', draft.bodyType, options);
    setNotice(
      `The form now sends this callback${draft.vars.length ? ' and its x: variables' : ''}.`,
    );
  };

  return (
    <Section
      id="callback"
      title="Callback builder"
      lead="OSS calls your server after the upload with this body; checked here with the same rules the sandbox applies."
    >
      <CallbackBuilderView
        draft={draft}
        bodyTypes={CALLBACK_BODY_TYPES}
        onChange={(next) => {
          setDraft(next);
          setNotice('');
        }}
        problems={problems}
        json={encoded.json}
        base64={encoded.base64}
        onApply={apply}
        notice={notice}
      />
    </Section>
  );
}
