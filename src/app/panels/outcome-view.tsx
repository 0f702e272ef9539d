import { FailureView } from '../../ui/failure-view.tsx';
import { OssErrorView } from '../../ui/oss-error-view.tsx';
import { UploadSuccess } from '../../ui/upload-success.tsx';
import type { Fix } from '../logic/one-click-fixes.ts';
import type { OutcomeReading } from '../logic/outcome.ts';

export interface OutcomeViewProps {
  reading: OutcomeReading;
  objectUrl?: string;
  objectKey?: string;
  fixes: Fix[];
  onFix: (fix: Fix) => void;
  diagnosis: 'cors' | 'network' | null;
  corsRuleXml: string;
  onSendPlainForm: () => void;
  onShowField: (field: string) => void;
  canShowField: (field: string) => boolean;
}

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

/** The details under the status line: success facts, the explained error, or the CORS help. */
export function OutcomeView(props: OutcomeViewProps) {
  const { reading } = props;
  if (reading.kind === 'success') {
    return (
      <UploadSuccess
        status={reading.status}
        etag={reading.etag}
        requestId={reading.requestId}
        crc64={reading.crc64}
        body={reading.body}
        objectUrl={props.objectUrl}
        objectKey={props.objectKey}
        clockNote={reading.clockNote}
      />
    );
  }
  if (reading.kind === 'oss-error') {
    return (
      <OssErrorView
        status={reading.status}
        error={reading.error}
        body={reading.body}
        explanation={reading.explanation}
        fixes={props.fixes}
        onFix={(id) => {
          const fix = props.fixes.find((candidate) => candidate.id === id);
          if (fix) props.onFix(fix);
        }}
        clockNote={reading.clockNote}
        onShowField={props.onShowField}
        canShowField={props.canShowField}
      />
    );
  }
  if (reading.kind === 'no-response') {
    return (
      <FailureView
        diagnosis={props.diagnosis}
        origin={window.location.origin}
        corsRuleXml={props.corsRuleXml}
        onSendPlainForm={props.onSendPlainForm}
      />
    );
  }
  return null;
}
