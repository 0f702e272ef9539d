import { useFieldFocus } from '../focus/field-focus.tsx';
import { VERDICT_TEXTS } from './verdict-texts-en.ts';
import { useResult } from './result-context.tsx';
import { sumUpVerdict } from './sum-up.ts';
import { markUnverified } from '../readiness/unverified.ts';
import { READINESS_VERDICT_TEXTS } from '../readiness/verdict-texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/**
 * The live verdict, always in view: the checks summed up, or with a file the dry run's answer.
 * One `status` element named Verdict; its box keeps its height as the text changes.
 */
export function VerdictBar() {
  const result = useResult();
  const { showProblem } = useFieldFocus();
  const texts = useTexts(VERDICT_TEXTS);
  const caveat = useTexts(READINESS_VERDICT_TEXTS);
  const { values } = result;
  const inputs = {
    checks: result.checks,
    signError: result.signed.error,
    file: result.file,
    dryRun: result.verdict,
    knownKey: result.knownKey,
    typedKey: { id: values.credentials.accessKeyId, secret: values.credentials.accessKeySecret },
  };
  // Posting to a real bucket: amber, not green, until an upload to it succeeded.
  const summary = markUnverified(
    sumUpVerdict(inputs, texts),
    result.realBucket,
    caveat.notVerified,
  );
  const hasProblem = summary.problemField !== undefined || summary.problemRow !== undefined;
  return (
    <div className={`verdict-bar tone-${summary.tone}`}>
      <div role="status" aria-label={texts.name} className="verdict-text">
        <strong>{summary.text}</strong>
        {summary.signature ? <span className="verdict-signature">{summary.signature}</span> : null}
      </div>
      {hasProblem ? (
        <button
          type="button"
          className="link-button verdict-jump"
          onClick={() => showProblem(summary.problemField, summary.problemRow)}
        >
          {texts.goToProblem}
        </button>
      ) : null}
    </div>
  );
}
