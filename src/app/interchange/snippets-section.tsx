import { useMemo, useState } from 'react';
import { SNIPPETS, type PostForm } from '../../oss/index.ts';
import { Section } from '../../ui/section.tsx';
import { SnippetsPanel, type SnippetView } from '../../ui/snippets/snippets-panel.tsx';
import { copyText, downloadText } from './save-text.ts';

export interface SnippetsSectionProps {
  /** The signed form of the current values; null until it can be signed. */
  form: PostForm | null;
  signError: string | null;
}

/** Snippets of the current form, recomputed on every change; none holds the secret. */
export function SnippetsSection({ form, signError }: SnippetsSectionProps) {
  const [selectedId, setSelectedId] = useState<string>(SNIPPETS[0].id);
  const [notice, setNotice] = useState('');
  const snippets: SnippetView[] = useMemo(
    () =>
      SNIPPETS.map((snippet) => ({
        id: snippet.id,
        label: snippet.label,
        side: snippet.side,
        fileName: snippet.fileName,
        run: snippet.run,
        // Only the shown snippet is rendered: the others are rendered when chosen.
        text: form && snippet.id === selectedId ? snippet.render(form) : null,
      })),
    [form, selectedId],
  );

  const onCopy = async (snippet: SnippetView) => {
    if (snippet.text === null) return;
    const copied = await copyText(snippet.text);
    setNotice(
      copied
        ? `Copied the ${snippet.label} snippet (${snippet.text.length} characters).`
        : 'The browser refused the clipboard: select the code and copy it, or download it.',
    );
  };
  const onDownload = (snippet: SnippetView) => {
    const definition = SNIPPETS.find((s) => s.id === snippet.id);
    if (snippet.text === null || !definition) return;
    downloadText(snippet.text, definition.fileName, definition.mimeType);
    setNotice(`Saved ${definition.fileName}.`);
  };

  return (
    <Section
      id="snippets"
      title="Snippets"
      lead="The current form as code that works in your project. Snippets carry signed fields or read the AccessKey from the environment: never the secret."
    >
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
        unavailable={form ? null : (signError ?? 'Complete the form above to see its snippets.')}
      />
    </Section>
  );
}
