import { UI_SHARE_LINK_TEXTS } from './texts-en.ts';
import { useTexts } from '../i18n/texts.ts';
export interface ShareLinkBoxProps {
  link: string;
  /** Paths of what the link leaves out (the secret, the token). */
  leftOut: string[];
  onCopy: () => void;
  notice: string;
}

/** The current state as a link (in the fragment, which browsers never send to a server). */
export function ShareLinkBox({ link, leftOut, onCopy, notice }: ShareLinkBoxProps) {
  const texts = useTexts(UI_SHARE_LINK_TEXTS);
  return (
    <div className="share-link">
      <div className="field">
        <label htmlFor="share-link">{texts.label}</label>
        <div className="inline">
          <input
            id="share-link"
            readOnly
            value={link}
            aria-describedby="share-link-hint"
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" onClick={onCopy}>
            {texts.copy}
          </button>
        </div>
        <p className="hint" id="share-link-hint">
          {leftOut.length > 0 ? texts.hintLeftOut({ names: leftOut.join(', ') }) : texts.hint}
        </p>
        <p className="hint" aria-live="polite">
          {notice}
        </p>
      </div>
    </div>
  );
}
