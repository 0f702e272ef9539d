import type { OutcomeReading } from './outcome.ts';
import type { PANELS_UPLOAD_TEXTS } from './texts-en.ts';

/** The status lines' texts, in the reader's language (`PANELS_UPLOAD_TEXTS`). */
export type SummaryTexts = Pick<
  typeof PANELS_UPLOAD_TEXTS,
  'reading' | 'aborted' | 'noResponse' | 'success' | 'refused' | 'failed'
>;

/** One line for the status element: what happened, in plain words. */
export function summarize(reading: OutcomeReading, t: SummaryTexts): string {
  switch (reading.kind) {
    case 'reading':
      return t.reading({ status: reading.status });
    case 'aborted':
      return t.aborted;
    case 'no-response':
      return t.noResponse;
    case 'success':
      return t.success({ status: reading.status });
    case 'oss-error':
      return reading.error
        ? t.refused({ code: reading.error.code, status: reading.status })
        : t.failed({ status: reading.status });
  }
}
