import { useStore } from '../../ui/i18n/use-store.ts';
import { verdictMessages } from './messages.ts';
import { sumUpVerdict, type VerdictInputs } from './sum-up.ts';

export interface VerdictBarProps extends VerdictInputs {
  /** Focus and outline the input of the first problem. */
  onShowProblem: (field: string | undefined, row: number | undefined) => void;
}

/**
 * The live verdict, always in view: the checks summed up, or with a file the dry run's answer.
 * One `status` element named Verdict; its box keeps its height as the text changes.
 */
export function VerdictBar({ onShowProblem, ...inputs }: VerdictBarProps) {
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
          onClick={() => onShowProblem(summary.problemField, summary.problemRow)}
        >
          {texts.goToProblem}
        </button>
      ) : null}
    </div>
  );
}
