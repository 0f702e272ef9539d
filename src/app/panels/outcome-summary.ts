import type { OutcomeReading } from '../logic/outcome.ts';

/** One line for the status element: what happened, in plain words. */
export function summarize(reading: OutcomeReading): string {
  switch (reading.kind) {
    case 'reading':
      return `OSS answered HTTP ${reading.status}: reading the error…`;
    case 'aborted':
      return 'Upload aborted: nothing was stored.';
    case 'no-response':
      return 'The upload got no readable answer (status 0): see the diagnosis below.';
    case 'success':
      return `Uploaded: HTTP ${reading.status}.`;
    case 'oss-error':
      return reading.error
        ? `OSS refused the upload: ${reading.error.code} (HTTP ${reading.status}).`
        : `The upload failed with HTTP ${reading.status}.`;
  }
}
