export interface ShareLinkBoxProps {
  link: string;
  /** Paths of what the link leaves out (the secret, the token). */
  leftOut: string[];
  onCopy: () => void;
  notice: string;
}

/** The current state as a link (in the fragment, which browsers never send to a server). */
export function ShareLinkBox({ link, leftOut, onCopy, notice }: ShareLinkBoxProps) {
  return (
    <div className="share-link">
      <div className="field">
        <label htmlFor="share-link">Share link</label>
        <div className="inline">
          <input
            id="share-link"
            readOnly
            value={link}
            aria-describedby="share-link-hint"
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" onClick={onCopy}>
            Copy share link
          </button>
        </div>
        <p className="hint" id="share-link-hint">
          Everything but the AccessKey secret and the security token
          {leftOut.length > 0 ? ` (left out: ${leftOut.join(', ')})` : ''}. Whoever opens it is
          asked for the secret.
        </p>
        <p className="hint" aria-live="polite">
          {notice}
        </p>
      </div>
    </div>
  );
}
