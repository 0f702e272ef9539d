import { useState, type ReactNode } from 'react';

export interface ImportPanelProps {
  onImportText: (text: string) => void;
  onFetch: (url: string) => void;
  fetching: boolean;
  /** The outcome of the last import, rendered below the inputs. */
  children?: ReactNode;
}

/** Paste something to import, or fetch a signing server's answer from its URL. */
export function ImportPanel({ onImportText, onFetch, fetching, children }: ImportPanelProps) {
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  return (
    <div className="import-panel">
      <div className="field">
        <label htmlFor="import-text">Paste to import</label>
        <textarea
          id="import-text"
          rows={2}
          spellCheck={false}
          value={text}
          aria-describedby="import-text-hint"
          onChange={(event) => setText(event.target.value)}
        />
        <p className="hint" id="import-text-hint">
          A Base64 policy, policy JSON, a curl -F command, an HTML form, or a signing server&apos;s
          JSON answer.
        </p>
        <div className="actions">
          <button type="button" onClick={() => onImportText(text)}>
            Import
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
        <label htmlFor="signing-server-url">Signing server URL</label>
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
            {fetching ? 'Fetching…' : 'Fetch and import'}
          </button>
        </div>
        <p className="hint" id="signing-server-url-hint">
          Tests your own signing server: the page GETs the URL, lints and decodes its answer, fills
          the builder, and can upload with the server&apos;s fields as they are. The server must
          allow this page&apos;s origin in CORS.
        </p>
      </form>
      {children}
    </div>
  );
}
