import { useEffect, useRef, useState, type ReactNode } from 'react';
import { UI_IMPORT_PANEL_TEXTS } from './import-panel-texts-en.ts';
import { useTexts } from '../i18n/texts.ts';

export interface ImportPanelProps {
  onImportText: (text: string) => void;
  onFetch: (url: string) => void;
  fetching: boolean;
  /**
   * Text longer than `longPaste.chars` pasted or dropped into the box is handed to
   * `longPaste.onPaste` instead of being put into the box (a 5 MB text in a textarea costs
   * seconds of layout on every change).
   */
  longPaste?: { chars: number; onPaste: (text: string) => void };
  /** The outcome of the last import, rendered below the inputs. */
  children?: ReactNode;
}

/** Paste something to import, or fetch a signing server's answer from its URL. */
export function ImportPanel({
  onImportText,
  onFetch,
  fetching,
  longPaste,
  children,
}: ImportPanelProps) {
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const long = useRef(longPaste);
  useEffect(() => {
    long.current = longPaste;
  });
  // The last long paste, imported again by Import while the box stays empty.
  const held = useRef('');
  useEffect(() => {
    const element = box.current;
    const onBeforeInput = (event: InputEvent) => {
      const inserted = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
      if (!long.current || !event.cancelable || inserted.length <= long.current.chars) return;
      event.preventDefault();
      setText('');
      held.current = inserted;
      long.current.onPaste(inserted);
    };
    element?.addEventListener('beforeinput', onBeforeInput);
    return () => element?.removeEventListener('beforeinput', onBeforeInput);
  }, []);
  const [url, setUrl] = useState('');
  const texts = useTexts(UI_IMPORT_PANEL_TEXTS);
  return (
    <div className="import-panel">
      <div className="field">
        <label htmlFor="import-text">{texts.paste}</label>
        <textarea
          ref={box}
          id="import-text"
          rows={2}
          spellCheck={false}
          value={text}
          aria-describedby="import-text-hint"
          onChange={(event) => {
            held.current = '';
            setText(event.target.value);
          }}
        />
        <p className="hint" id="import-text-hint">
          {texts.pasteHint}
        </p>
        <div className="actions">
          <button type="button" onClick={() => onImportText(text || held.current)}>
            {texts.import}
          </button>
        </div>
      </div>
      <form
        className="field"
        onSubmit={(event) => {
          event.preventDefault();
          onFetch(url);
        }}
      >
        <label htmlFor="signing-server-url">{texts.serverUrl}</label>
        <div className="inline">
          <input
            id="signing-server-url"
            type="url"
            inputMode="url"
            placeholder="http://127.0.0.1:8000/sign"
            value={url}
            aria-describedby="signing-server-url-hint"
            onChange={(event) => setUrl(event.target.value)}
          />
          <button type="submit" disabled={fetching}>
            {fetching ? texts.fetching : texts.fetch}
          </button>
        </div>
        <p className="hint" id="signing-server-url-hint">
          {texts.serverHint}
        </p>
      </form>
      {children}
    </div>
  );
}
