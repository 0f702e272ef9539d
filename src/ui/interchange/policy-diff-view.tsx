import type { PolicyCondition, PolicyDiff } from '../../oss/index.ts';
import { UI_POLICY_DIFF_TEXTS } from './texts-en.ts';
import { useTexts } from '../i18n/texts.ts';

const show = (condition: PolicyCondition) => JSON.stringify(condition);

export interface PolicyDiffViewProps {
  /** What the two sides are, e.g. "Imported policy" and "The builder's policy". */
  before: string;
  after: string;
  diff: PolicyDiff;
}

/** Conditions added, removed and changed from one policy to another (order ignored). */
export function PolicyDiffView({ before, after, diff }: PolicyDiffViewProps) {
  const title = `${before} → ${after}`;
  const texts = useTexts(UI_POLICY_DIFF_TEXTS);
  if (diff.same) {
    return (
      <section className="policy-diff" aria-label={title}>
        <h3>{title}</h3>
        <p className="ok-note">{texts.same}</p>
      </section>
    );
  }
  return (
    <section className="policy-diff" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {diff.expiration ? (
          <li className="diff-changed">
            <span className="badge badge-warning">{texts.changed}</span> expiration{' '}
            <code>{diff.expiration.before}</code> → <code>{diff.expiration.after}</code>
          </li>
        ) : null}
        {diff.added.map((condition, index) => (
          <li key={`a${index}`} className="diff-added">
            <span className="badge badge-ok">{texts.added}</span> <code>{show(condition)}</code>
          </li>
        ))}
        {diff.removed.map((condition, index) => (
          <li key={`r${index}`} className="diff-removed">
            <span className="badge badge-error">{texts.removed}</span>{' '}
            <code>{show(condition)}</code>
          </li>
        ))}
        {diff.changed.map((change, index) => (
          <li key={`c${index}`} className="diff-changed">
            <span className="badge badge-warning">{texts.changed}</span> {change.label}:{' '}
            <code>{show(change.before)}</code> → <code>{show(change.after)}</code>
          </li>
        ))}
      </ul>
      <p className="hint">{texts.unchanged({ count: diff.unchanged.length })}</p>
    </section>
  );
}
