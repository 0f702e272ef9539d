import { useMemo, useState } from 'react';
import { SNIPPETS_TEXTS, type PostForm } from '../../oss/index.ts';
import { Section } from '../../ui/section.tsx';
import { SnippetsPanel, type SnippetView } from '../../ui/snippets/snippets-panel.tsx';
import { copyText, downloadText } from './save-text.ts';
import { useSnippetCatalog } from './snippet-catalog.ts';
import { useCoreTexts } from '../i18n/use-core-texts.ts';
import { useStore } from '../../ui/i18n/use-store.ts';
import { useTexts } from '../../ui/i18n/texts.ts';
import { toolsMessages } from './messages.ts';

export interface SnippetsSectionProps {
  /** The signed form of the current values; null until it can be signed. */
  form: PostForm | null;
  signError: string | null;
}

/** Snippets of the current form, recomputed on every change; none holds the secret. */
export function SnippetsSection({ form, signError }: SnippetsSectionProps) {
  const catalog = useSnippetCatalog();
  // Snippet comments, labels and run lines in the reader's language (English until Chinese loads).
  const { text: say } = useCoreTexts();
  const snippetTexts = useTexts(SNIPPETS_TEXTS);
  const definitions = catalog.data;
  const [selectedId, setSelectedId] = useState('html');
  const [notice, setNotice] = useState('');
  const texts = useStore(toolsMessages);
  const snippets: SnippetView[] = useMemo(
    () =>
      (definitions ?? []).map((snippet) => ({
        id: snippet.id,
        label: say({ message: snippet.label, text: snippet.labelText }),
        side: snippet.side,
        fileName: snippet.fileName,
        run: say({ message: snippet.run, text: snippet.runText }),
        checklist: (snippet.checklist ?? []).map((line) => say(line)),
        // Only the shown snippet is rendered: the others are rendered when chosen.
        text:
          form && snippet.id === selectedId
            ? snippet.render(form, snippetTexts, { pageOrigin: window.location.origin })
            : null,
      })),
    [definitions, form, selectedId, snippetTexts, say],
  );

  if (!definitions) {
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
    const definition = definitions.find((s) => s.id === snippet.id);
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
