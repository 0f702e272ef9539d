import { FailureView } from '../../ui/failure-view.tsx';
import { OssErrorView } from '../../ui/oss-error-view.tsx';
import { UploadSuccess } from '../../ui/upload-success.tsx';
import type { Fix } from '../logic/one-click-fixes.ts';
import type { OutcomeReading } from '../logic/outcome.ts';
import { renderCorsRuleXmlForOrigin } from '../core.ts';
import { useFieldFocus } from '../focus/field-focus.tsx';

export interface OutcomeViewProps {
  reading: OutcomeReading;
  objectUrl?: string;
  objectKey?: string;
  fixes: Fix[];
  onFix: (fix: Fix) => void;
  diagnosis: 'cors' | 'network' | null;
  onSendPlainForm: () => void;
}

/**
 * The details under the status line: success facts, the explained error, or the CORS help.
 * Loaded on demand (lazy-outcome-view.tsx): it only shows once an upload has answered.
 */
export function OutcomeView(props: OutcomeViewProps) {
  const { reading } = props;
  const focus = useFieldFocus();
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
        sizeNote={reading.sizeNote}

        onShowField={focus.show}
        canShowField={focus.canShow}
      />
    );
  }
  if (reading.kind === 'no-response') {
    return (
      <FailureView
        diagnosis={props.diagnosis}
        origin={window.location.origin}
        corsRuleXml={renderCorsRuleXmlForOrigin(window.location.origin)}
        onSendPlainForm={props.onSendPlainForm}
      />
    );
  }
  return null;
}
