import { useState } from 'react';

export interface CopyButtonProps {
  /** The button's accessible name, e.g. "Copy signature". */
  label: string;
  /** Exactly what is shown, put on the clipboard as is. */
  text: string;
  /** Said briefly after a copy, e.g. "Copied". */
  doneText: string;
  failedText: string;
}

/** Copies one shown value; its name stays the same, the outcome is announced beside it. */
export function CopyButton({ label, text, doneText, failedText }: CopyButtonProps) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(doneText);
    } catch {
      setSaid(failedText);
    }
    setTimeout(() => setSaid(''), 2000);
  };
  return (
    <span className="copy">
      <button type="button" className="copy-button" onClick={() => void copy()} disabled={!text}>
        {label}
      </button>
      <span className="copy-said" aria-live="polite">
        {said}
      </span>
    </span>
  );
}
