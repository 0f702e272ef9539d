import type { ReactNode } from 'react';
import { UI_POLICY_COMPARE_TEXTS } from './texts-en.ts';
import { useTexts } from '../i18n/texts.ts';

export interface PolicyCompareProps {
  first: string;
  second: string;
  onFirst: (text: string) => void;
  onSecond: (text: string) => void;
  /** Why a side cannot be read, per side; null when it reads. */
  firstError: string | null;
  secondError: string | null;
  /** The diff view, when both sides read. */
  children?: ReactNode;
}

/** Two policies side by side (Base64 or JSON); an empty side stands for the builder's policy. */
export function PolicyCompare(props: PolicyCompareProps) {
  const { first, second, onFirst, onSecond, firstError, secondError, children } = props;
  const texts = useTexts(UI_POLICY_COMPARE_TEXTS);
  const side = (
    id: string,
    label: string,
    value: string,
    onChange: (text: string) => void,
    error: string | null,
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        spellCheck={false}
        value={value}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="hint" id={`${id}-hint`}>
        {texts.hint}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
  return (
    <div className="policy-compare">
      <div className="grid">
        {side('compare-first', texts.first, first, onFirst, firstError)}
        {side('compare-second', texts.second, second, onSecond, secondError)}
      </div>
      {children}
    </div>
  );
}
