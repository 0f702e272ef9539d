import { useRef, type KeyboardEvent } from 'react';
import { UI_SNIPPETS_TEXTS } from './texts-en.ts';
import './snippet-checklist.css';
import { useTexts } from '../i18n/texts.ts';

/** One rendered snippet, as the panel shows it. */
export interface SnippetView {
  id: string;
  label: string;
  side: 'client' | 'server' | 'mini-program';
  fileName: string;
  run: string;
  /** A heading and the items to check before it works where it runs; empty for most. */
  checklist?: string[];
  /** The snippet text; null while its renderer loads. */
  text: string | null;
}

export interface SnippetsPanelProps {
  snippets: SnippetView[];
  selectedId: string;
  onSelect: (id: string) => void;
  onCopy: (snippet: SnippetView) => void;
  onDownload: (snippet: SnippetView) => void;
  /** The last copy/download outcome, announced politely. */
  notice: string;
  /** Why there is nothing to show (the form cannot be signed yet), or null. */
  unavailable: string | null;
}

type Texts = typeof UI_SNIPPETS_TEXTS;

/** Where a snippet runs, said once for each side. */
const SIDE_TEXT: Record<SnippetView['side'], (texts: Texts) => string> = {
  client: (texts) => texts.client,
  server: (texts) => texts.server,
  'mini-program': (texts) => texts.miniProgram,
};

/**
 * The region name of a snippet: `HTML form snippet`, `curl snippet`, …
 * @example snippetRegionName({ id: 'curl', label: 'curl' }, textsNow(UI_SNIPPETS_TEXTS)) // 'curl snippet'
 */
export function snippetRegionName(
  snippet: Pick<SnippetView, 'id' | 'label'>,
  texts: Texts,
): string {
  return snippet.id === 'html' ? texts.htmlRegion : texts.region({ label: snippet.label });
}

/** Tabs over the snippets of the current form; the chosen one with Copy and Download. */
export function SnippetsPanel(props: SnippetsPanelProps) {
  const { snippets, selectedId, onSelect, onCopy, onDownload, notice, unavailable } = props;
  const texts = useTexts(UI_SNIPPETS_TEXTS);
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  const selected = snippets.find((s) => s.id === selectedId) ?? snippets[0];

  // Arrow keys move between tabs (WAI-ARIA tabs pattern), Home/End jump to the ends.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = snippets.findIndex((s) => s.id === selected.id);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: snippets.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = snippets[(moves[event.key] + snippets.length) % snippets.length];
    onSelect(next.id);
    tabs.current[next.id]?.focus();
  };

  return (
    <div className="snippets">
      <div className="tabs" role="tablist" aria-label={texts.tabs} onKeyDown={onKeyDown}>
        {snippets.map((snippet) => (
          <button
            key={snippet.id}
            ref={(element) => {
              tabs.current[snippet.id] = element;
            }}
            type="button"
            role="tab"
            id={`snippet-tab-${snippet.id}`}
            aria-selected={snippet.id === selected.id}
            aria-controls={`snippet-panel-${snippet.id}`}
            tabIndex={snippet.id === selected.id ? 0 : -1}
            onClick={() => onSelect(snippet.id)}
          >
            {snippet.label}
          </button>
        ))}
      </div>
      <div
        className="snippet-panel"
        role="tabpanel"
        id={`snippet-panel-${selected.id}`}
        aria-labelledby={`snippet-tab-${selected.id}`}
      >
        <section aria-label={snippetRegionName(selected, texts)}>
          <p className="hint">
            {SIDE_TEXT[selected.side](texts)} {texts.run} <code>{selected.run}</code>
          </p>
          {selected.checklist?.length ? (
            <div className="snippet-checklist">
              <p>{selected.checklist[0]}</p>
              <ul>
                {selected.checklist.slice(1).map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {unavailable ? (
            <p className="field-warning">{unavailable}</p>
          ) : (
            <>
              <div className="actions">
                <button
                  type="button"
                  disabled={selected.text === null}
                  onClick={() => onCopy(selected)}
                >
                  {texts.copy({ label: selected.label })}
                </button>
                <button
                  type="button"
                  disabled={selected.text === null}
                  onClick={() => onDownload(selected)}
                >
                  {texts.download({ file: selected.fileName })}
                </button>
                <span className="hint" aria-live="polite">
                  {notice}
                </span>
              </div>
              <pre
                tabIndex={0}
                aria-label={texts.code({ label: selected.label })}
                className="snippet-code"
              >
                <code>{selected.text ?? texts.loading}</code>
              </pre>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
