import type { Verdict } from '../oss/index.ts';
import { formatBytes } from './format.ts';
import { UI_VERDICT_VIEW_TEXTS } from './result-texts-en.ts';
import { useTexts } from './i18n/texts.ts';

export interface VerdictViewProps {
  verdict: Verdict;
  file: { filename: string; size: number; contentType: string };
  fixes: { id: string; label: string }[];
  onFix: (id: string) => void;
  /** A size refusal's two numbers: the file's bytes and the allowed range. */
  sizeNote?: string;
}

/** OSS's decision on this file, computed locally before anything is sent. */
export function VerdictView({ verdict, file, fixes, onFix, sizeNote }: VerdictViewProps) {
  const texts = useTexts(UI_VERDICT_VIEW_TEXTS);
  return (
    <div className={verdict.ok ? 'verdict verdict-ok' : 'verdict verdict-rejected'}>
      <p>
        <strong>{verdict.ok ? texts.accept : texts.refuse}</strong>{' '}
        {texts.file({
          name: file.filename,
          size: formatBytes(file.size),
          bytes: file.size,
          type: file.contentType || texts.noType,
        })}
      </p>
      {verdict.ok ? (
        <dl className="facts">
          <dt>{texts.finalKey}</dt>
          <dd>
            <code>{verdict.key}</code>
          </dd>
          <dt>{texts.answer}</dt>
          <dd>HTTP {verdict.status}</dd>
          <dt>{texts.storedType}</dt>
          <dd>
            <code>{verdict.object.contentType}</code>
          </dd>
        </dl>
      ) : (
        <dl className="facts">
          <dt>Code</dt>
          <dd>
            <code>{verdict.code}</code> (HTTP {verdict.status})
          </dd>
          <dt>Message</dt>
          <dd>
            <code>{verdict.message}</code>
          </dd>
          {verdict.fields.length > 0 ? (
            <>
              <dt>{texts.fields}</dt>
              <dd>{verdict.fields.join(', ')}</dd>
            </>
          ) : null}
        </dl>
      )}
      {sizeNote ? <p className="size-note">{sizeNote}</p> : null}
      {fixes.length > 0 ? (
        <div className="fixes">
          {fixes.map((fix) => (
            <button key={fix.id} type="button" onClick={() => onFix(fix.id)}>
              {fix.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
