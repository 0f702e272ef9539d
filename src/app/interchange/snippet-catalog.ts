// Loaded on demand (snippets-section.tsx, import()) when the snippets section first shows: the
// snippet renderers (HTML, curl, JavaScript and the server signers) travel in this module's chunk
// and stay out of every other one.
import {
  SNIPPETS,
  SNIPPETS_TEXTS,
  type PostForm,
  type SnippetDefinition,
} from '../../oss/index.ts';
import { textsIn, type TranslatedTables } from '../../ui/i18n/texts.ts';
import type { SnippetView } from '../../ui/snippets/snippets-panel.tsx';
import type { CoreTexts } from '../i18n/core-texts.ts';

/**
 * Every snippet as the panel shows it, in the reader's language (`texts` for the labels, the
 * reader's `translations` for the comments); only the one selected is rendered from `form` (the
 * others are rendered when chosen), none holds the secret.
 */
export function snippetViews(
  form: PostForm | null,
  selectedId: string,
  texts: Pick<CoreTexts, 'text'>,
  translations: TranslatedTables | undefined,
  pageOrigin: string,
): SnippetView[] {
  const say = texts.text;
  const comments = textsIn(SNIPPETS_TEXTS, translations);
  return SNIPPETS.map((snippet) => ({
    id: snippet.id,
    label: say({ message: snippet.label, text: snippet.labelText }),
    side: snippet.side,
    fileName: snippet.fileName,
    run: say({ message: snippet.run, text: snippet.runText }),
    checklist: (snippet.checklist ?? []).map((line) => say(line)),
    text: form && snippet.id === selectedId ? snippet.render(form, comments, { pageOrigin }) : null,
  }));
}

/** The snippet of `id`, for its file name and type when it is downloaded. */
export function snippetById(id: string): SnippetDefinition | undefined {
  return SNIPPETS.find((snippet) => snippet.id === id);
}
