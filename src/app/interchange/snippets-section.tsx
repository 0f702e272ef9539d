import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Section } from '../../ui/section.tsx';
import { SnippetsPanel, type SnippetView } from '../../ui/snippets/snippets-panel.tsx';
import { copyText, downloadText } from './save-text.ts';
import { useResult } from '../result/result-context.tsx';
import { useCoreTexts } from '../i18n/use-core-texts.ts';
import { useTranslations } from '../../ui/i18n/texts.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/** Snippets of the current form, recomputed on every change; none holds the secret. */
export function SnippetsSection() {
  // The signed form of the current values; null until it can be signed.
  const { form, error: signError } = useResult().signed;
  // import(): the snippet renderers load when this section first shows, once per page.
  const catalog = useQuery({
    queryKey: ['snippet-catalog'],
    queryFn: () => import('./snippet-catalog.ts'),
    staleTime: Infinity,
    retry: false,
  });
  // Snippet comments, labels and run lines in the reader's language (English until Chinese loads).
  const coreTexts = useCoreTexts();
  const translations = useTranslations();
  const catalogue = catalog.data;
  const [selectedId, setSelectedId] = useState('html');
  const [notice, setNotice] = useState('');
  const texts = useTexts(INTERCHANGE_TOOLS_TEXTS);
  const snippets: SnippetView[] = useMemo(
    () =>
      catalogue
        ? catalogue.snippetViews(form, selectedId, coreTexts, translations, window.location.origin)
        : [],
    [catalogue, form, selectedId, coreTexts, translations],
  );

  if (!catalogue) {
    return (
      <Section id="snippets" title={texts.snippetsTitle} lead={texts.snippetsLead}>
        {catalog.isError ? (
          <p className="field-error" role="alert">
            {texts.snippetsFailed({ error: String(catalog.error) })}
          </p>
        ) : (
          <p className="hint">{texts.loadingSnippets}</p>
        )}
      </Section>
    );
  }

  const onCopy = async (snippet: SnippetView) => {
    if (snippet.text === null) return;
    const copied = await copyText(snippet.text);
    setNotice(
      copied
        ? texts.snippetCopied({ label: snippet.label, count: snippet.text.length })
        : texts.snippetCopyFailed,
    );
  };
  const onDownload = (snippet: SnippetView) => {
    const definition = catalogue.snippetById(snippet.id);
    if (snippet.text === null || !definition) return;
    downloadText(snippet.text, definition.fileName, definition.mimeType);
    setNotice(texts.snippetSaved({ file: definition.fileName }));
  };

  return (
    <Section id="snippets" title={texts.snippetsTitle} lead={texts.snippetsLead}>
      <SnippetsPanel
        snippets={snippets}
        selectedId={selectedId}
        onSelect={(id) => {
          setSelectedId(id);
          setNotice('');
        }}
        onCopy={(snippet) => void onCopy(snippet)}
        onDownload={onDownload}
        notice={notice}
        unavailable={form ? null : (signError ?? texts.completeForm)}
      />
    </Section>
  );
}
