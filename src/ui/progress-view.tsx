import { formatBytes, formatDuration } from './format.ts';
import { UI_PROGRESS_TEXTS } from './result-texts-en.ts';
import { useTexts } from './i18n/texts.ts';

export interface ProgressFacts {
  loaded: number;
  total: number;
  percent: number;
  bytesPerSecond: number;
  secondsLeft: number | null;
}

/** The upload in flight: bar, bytes, percent, speed and time left, and the abort button. */
export function ProgressView({
  progress,
  onAbort,
}: {
  progress: ProgressFacts;
  onAbort: () => void;
}) {
  const texts = useTexts(UI_PROGRESS_TEXTS);
  return (
    <div className="progress">
      <label htmlFor="upload-progress">{texts.label}</label>
      <progress id="upload-progress" max={100} value={progress.percent}>
        {progress.percent}%
      </progress>
      <p>
        {texts.facts({
          loaded: formatBytes(progress.loaded),
          total: formatBytes(progress.total),
          percent: progress.percent,
          speed: formatBytes(progress.bytesPerSecond),
          left: formatDuration(progress.secondsLeft, texts),
        })}
      </p>
      <button type="button" onClick={onAbort}>
        {texts.abort}
      </button>
    </div>
  );
}
