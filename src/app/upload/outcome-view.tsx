import { FailureView } from '../../ui/failure-view.tsx';
import { OssErrorView } from '../../ui/oss-error-view.tsx';
import { UploadSuccess } from '../../ui/upload-success.tsx';
import { labelFixes } from '../result/one-click-fixes.ts';
import { saySizeNote } from '../result/outcome-sizes.ts';
import { sayClockNote, type OutcomeReading } from './outcome.ts';
import { LOGIC_FIXES_TEXTS, LOGIC_NOTES_TEXTS } from '../logic/texts-en.ts';
import { renderCorsRuleXmlForOrigin } from '../../oss/index.ts';
import { useCoreTexts } from '../i18n/use-core-texts.ts';
import { useFieldFocus } from '../focus/field-focus.tsx';
import { useResult } from '../result/result-context.tsx';
import { useUpload } from './upload-context.tsx';
import { useTexts } from '../../ui/i18n/texts.ts';

export interface OutcomeViewProps {
  reading: OutcomeReading;
}

/**
 * The details under the status line: success facts, the explained error, or the CORS help.
 * Loaded on demand (upload-panel.tsx): it only shows once an upload has answered. The upload it
 * belongs to (object key and URL, CORS diagnosis) is the Upload part's; its fixes are the Result's.
 */
export function OutcomeView(props: OutcomeViewProps) {
  const { reading } = props;
  const { session } = useUpload();
  const { answerFixes: fixes, applyFix } = useResult();
  const focus = useFieldFocus();
  const fixTexts = useTexts(LOGIC_FIXES_TEXTS);
  const notes = useTexts(LOGIC_NOTES_TEXTS);
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
        objectUrl={session.objectUrl}
        objectKey={session.objectKey}
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
        fixes={labelFixes(fixes, fixTexts, notes)}
        onFix={(id) => {
          const fix = fixes.find((candidate) => candidate.id === id);
          if (fix) applyFix(fix);
        }}
        clockNote={clockNote}
        sizeNote={reading.sizeNote && saySizeNote(reading.sizeNote, notes)}
        onShowField={focus.show}
        canShowField={focus.canShow}
      />
    );
  }
  if (reading.kind === 'no-response') {
    return (
      <FailureView
        diagnosis={session.diagnosis}
        origin={window.location.origin}
        corsRuleXml={renderCorsRuleXmlForOrigin(window.location.origin)}
        onSendPlainForm={session.sendPlainForm}
      />
    );
  }
  return null;
}
