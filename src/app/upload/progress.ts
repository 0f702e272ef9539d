/** A snapshot of an upload in flight, for the progress bar. */
export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0–100, one decimal. */
  percent: number;
  /** Average since the start, bytes per second; 0 until time has passed. */
  bytesPerSecond: number;
  /** null until a speed is known. */
  secondsLeft: number | null;
}

/** Progress from XHR's `loaded` / `total` and the elapsed time (milliseconds). */
export function computeProgress(loaded: number, total: number, elapsedMs: number): UploadProgress {
  const safeTotal = Math.max(total, loaded, 0);
  const percent = safeTotal === 0 ? 100 : Math.round((loaded / safeTotal) * 1000) / 10;
  const bytesPerSecond = elapsedMs > 0 ? (loaded * 1000) / elapsedMs : 0;
  const secondsLeft = bytesPerSecond > 0 ? (safeTotal - loaded) / bytesPerSecond : null;
  return { loaded, total: safeTotal, percent, bytesPerSecond, secondsLeft };
}
