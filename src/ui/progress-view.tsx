import { formatBytes, formatDuration } from './format.ts';

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
  return (
    <div className="progress">
      <label htmlFor="upload-progress">Upload progress</label>
      <progress id="upload-progress" max={100} value={progress.percent}>
        {progress.percent}%
      </progress>
      <p>
        {formatBytes(progress.loaded)} of {formatBytes(progress.total)} ({progress.percent}%) ·{' '}
        {formatBytes(progress.bytesPerSecond)}/s · {formatDuration(progress.secondsLeft)} left
      </p>
      <button type="button" onClick={onAbort}>
        Abort
      </button>
    </div>
  );
}
