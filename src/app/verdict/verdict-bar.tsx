import { useStore } from '../../ui/i18n/use-store.ts';
import { useFieldFocus } from '../focus/field-focus.tsx';
import { verdictMessages } from './messages.ts';
import { sumUpVerdict, type VerdictInputs } from './sum-up.ts';

export type VerdictBarProps = VerdictInputs;

/**
 * The live verdict, always in view: the checks summed up, or with a file the dry run's answer.
 * One `status` element named Verdict; its box keeps its height as the text changes.
 */
export function VerdictBar(inputs: VerdictBarProps) {
  const { showProblem } = useFieldFocus();
  const texts = useStore(verdictMessages);
  const summary = sumUpVerdict(inputs, texts);
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
