import type { Verdict } from '../oss/index.ts';
import { formatBytes } from './format.ts';

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
  return (
    <div className={verdict.ok ? 'verdict verdict-ok' : 'verdict verdict-rejected'}>
      <p>
        <strong>
          {verdict.ok ? 'OSS would accept this upload.' : 'OSS would refuse this upload.'}
        </strong>{' '}
        File <code>{file.filename}</code>, {formatBytes(file.size)} ({file.size} bytes), type{' '}
        <code>{file.contentType || '(none)'}</code>.
      </p>
      {verdict.ok ? (
        <dl className="facts">
          <dt>Final object key</dt>
          <dd>
            <code>{verdict.key}</code>
          </dd>
          <dt>Answer</dt>
          <dd>HTTP {verdict.status}</dd>
          <dt>Stored Content-Type</dt>
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
              <dt>Fields</dt>
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
