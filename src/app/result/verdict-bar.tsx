import { useStore } from '../../ui/i18n/use-store.ts';
import { useFieldFocus } from '../focus/field-focus.tsx';
import { verdictMessages } from './verdict-messages.ts';
import { sumUpVerdict, type VerdictInputs } from './sum-up.ts';
import { markUnverified, type RealBucket } from '../readiness/unverified.ts';
import { unverifiedMessages } from '../readiness/verdict-messages.ts';

export type VerdictBarProps = VerdictInputs & {
  /** Posting to a real bucket: amber, not green, until an upload to it succeeded. */
  realBucket?: RealBucket;
};

/**
 * The live verdict, always in view: the checks summed up, or with a file the dry run's answer.
 * One `status` element named Verdict; its box keeps its height as the text changes.
 */
export function VerdictBar(inputs: VerdictBarProps) {
  const { showProblem } = useFieldFocus();
  const texts = useStore(verdictMessages);
  const caveat = useStore(unverifiedMessages);
  const summary = markUnverified(
    sumUpVerdict(inputs, texts),
    inputs.realBucket,
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
