/** The callback as the builder edits it (text inputs; the app encodes and validates it). */
export interface CallbackDraft {
  /** One or more URLs, separated by `;` (OSS takes up to 5). */
  urls: string;
  host: string;
  body: string;
  bodyType: string;
  vars: { name: string; value: string }[];
}

/** OSS's system variables for a callback body (OSS callback documentation). */
export const CALLBACK_SYSTEM_VARIABLES = [
  'bucket',
  'object',
  'etag',
  'size',
  'mimeType',
  'imageInfo.height',
  'imageInfo.width',
  'imageInfo.format',
  'crc64',
  'contentMd5',
  'clientIp',
  'reqId',
  'operation',
] as const;

export interface CallbackBuilderViewProps {
  draft: CallbackDraft;
  bodyTypes: readonly string[];
  onChange: (draft: CallbackDraft) => void;
  /** Problems as OSS (and the sandbox) would answer them; empty when valid, null before a URL. */
  problems: string[] | null;
  /** The callback JSON and its Base64 form field, when it encodes. */
  json: string;
  base64: string;
  onApply: () => void;
  notice: string;
}

/** URL(s), host, body template with OSS's variables, body type and `x:` variables. */
export function CallbackBuilderView(props: CallbackBuilderViewProps) {
  const { draft, bodyTypes, onChange, problems, json, base64, onApply, notice } = props;
  const set = (patch: Partial<CallbackDraft>) => onChange({ ...draft, ...patch });
  const insert = (variable: string) =>
    set({
      body: `${draft.body}${draft.body && !/[&{,\s]$/.test(draft.body) ? '&' : ''}${variable}`,
    });
  const setVar = (index: number, patch: Partial<CallbackDraft['vars'][number]>) =>
    set({ vars: draft.vars.map((v, i) => (i === index ? { ...v, ...patch } : v)) });

  return (
    <div className="callback-builder">
      <div className="grid">
        <div className="field">
          <label htmlFor="cb-urls">Call back these URLs</label>
          <input
            id="cb-urls"
            value={draft.urls}
            aria-describedby="cb-urls-hint"
            onChange={(e) => set({ urls: e.target.value })}
          />
          <p className="hint" id="cb-urls-hint">
            Public http(s) URLs, up to 5, separated by ;. OSS refuses private addresses.
          </p>
        </div>
        <div className="field">
          <label htmlFor="cb-host">Host header for the call</label>
          <input
            id="cb-host"
            value={draft.host}
            aria-describedby="cb-host-hint"
            onChange={(e) => set({ host: e.target.value })}
          />
          <p className="hint" id="cb-host-hint">
            Optional Host header for the callback request.
          </p>
        </div>
        <div className="field">
          <label htmlFor="cb-body-type">Body type</label>
          <select
            id="cb-body-type"
            value={draft.bodyType}
            onChange={(e) => set({ bodyType: e.target.value })}
          >
            {bodyTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="cb-body">Body template</label>
        <textarea
          id="cb-body"
          rows={3}
          spellCheck={false}
          value={draft.body}
          aria-describedby="cb-body-hint"
          onChange={(e) => set({ body: e.target.value })}
        />
        <p className="hint" id="cb-body-hint">
          OSS fills in its variables and your x: variables, e.g. object=$&#123;object&#125;.
        </p>
        <div className="chips" role="group" aria-label="Insert an OSS variable">
          {CALLBACK_SYSTEM_VARIABLES.map((name) => (
            <button
              key={name}
              type="button"
              className="chip"
              onClick={() => insert(`${name.replace('imageInfo.', '')}=\${${name}}`)}
            >
              {`\${${name}}`}
            </button>
          ))}
        </div>
      </div>
      <fieldset>
        <legend>x: variables</legend>
        {draft.vars.map((v, index) => (
          <div className="row" key={index}>
            <input
              aria-label={`Variable ${index + 1} name`}
              value={v.name}
              onChange={(e) => setVar(index, { name: e.target.value })}
            />
            <input
              aria-label={`Variable ${index + 1} value`}
              value={v.value}
              onChange={(e) => setVar(index, { value: e.target.value })}
            />
            <button
              type="button"
              onClick={() => set({ vars: draft.vars.filter((_, i) => i !== index) })}
            >
              Remove variable {index + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => set({ vars: [...draft.vars, { name: 'x:', value: '' }] })}
        >
          Add x: variable
        </button>
      </fieldset>
      <section aria-label="Callback check" className={problems?.length ? 'oss-error' : ''}>
        {problems === null ? (
          <p className="hint">Enter a URL to build and check a callback.</p>
        ) : problems.length === 0 ? (
          <p className="ok-note">OSS (and the sandbox) would accept this callback.</p>
        ) : (
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        )}
      </section>
      <details>
        <summary>The callback field</summary>
        <pre tabIndex={0} aria-label="Callback JSON">
          <code>{json}</code>
        </pre>
        <pre tabIndex={0} aria-label="Callback field value (Base64)">
          <code>{base64}</code>
        </pre>
      </details>
      <div className="actions">
        <button type="button" onClick={onApply}>
          Use this callback in the form
        </button>
        <span className="hint" aria-live="polite">
          {notice}
        </span>
      </div>
    </div>
  );
}
