import { FailureView } from '../../ui/failure-view.tsx';
import { OssErrorView } from '../../ui/oss-error-view.tsx';
import { UploadSuccess } from '../../ui/upload-success.tsx';
import { labelFixes, type Fix } from '../logic/one-click-fixes.ts';
import { sayClockNote, type OutcomeReading } from '../logic/outcome.ts';
import { fixMessages, noteMessages } from '../logic/messages.ts';
import { useStore } from '../../ui/i18n/use-store.ts';
import { renderCorsRuleXmlForOrigin } from '../core.ts';
import { useCoreTexts } from '../i18n/use-core-texts.ts';

export interface OutcomeViewProps {
  reading: OutcomeReading;
  objectUrl?: string;
  objectKey?: string;
  fixes: Fix[];
  onFix: (fix: Fix) => void;
  diagnosis: 'cors' | 'network' | null;
  onSendPlainForm: () => void;
  onShowField: (field: string) => void;
  canShowField: (field: string) => boolean;
}

/**
 * The details under the status line: success facts, the explained error, or the CORS help.
 * Loaded on demand (lazy-outcome-view.tsx): it only shows once an upload has answered.
 */
export function OutcomeView(props: OutcomeViewProps) {
  const { reading } = props;
  const fixTexts = useStore(fixMessages);
  const notes = useStore(noteMessages);
  const clockNote =
    reading.kind === 'success' || reading.kind === 'oss-error'
      ? reading.clockNote && sayClockNote(reading.clockNote, notes)
      : undefined;
  const coreTexts = useCoreTexts();
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
        clockNote={clockNote}
      />
    );
  }
  if (reading.kind === 'oss-error') {
    return (
      <OssErrorView
        status={reading.status}
        error={reading.error}
        body={reading.body}
        explanation={reading.explanation && coreTexts.explanation(reading.explanation)}
        fixes={labelFixes(props.fixes, fixTexts, notes)}
        onFix={(id) => {
          const fix = props.fixes.find((candidate) => candidate.id === id);
          if (fix) props.onFix(fix);
        }}
        clockNote={clockNote}
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
        corsRuleXml={renderCorsRuleXmlForOrigin(window.location.origin)}
        onSendPlainForm={props.onSendPlainForm}
      />
    );
  }
  return null;
}
