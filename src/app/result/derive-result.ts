import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Check, PostForm, Verdict } from '../../oss/index.ts';
import type { FieldFinding } from '../../ui/field-findings.tsx';
import { useStore } from '../../ui/i18n/use-store.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { INPUT_IDS } from '../form/field-ids.ts';
import type { SigningContext } from '../form/to-post-form-spec.ts';
import { producedRows } from '../form/to-post-form-spec.ts';
import { useCoreTexts } from '../i18n/use-core-texts.ts';
import { LOGIC_NOTES_TEXTS } from '../logic/texts-en.ts';
import { PageError, reasonOf } from '../page-errors/page-error.ts';
import { useSandboxInfo } from '../remote/sandbox-info.ts';
import { $stsExpiry } from '../remote/sts-expiry.ts';
import { useUpload } from '../upload/upload-context.tsx';
import { signingContext } from '../use-sandbox-prefill.ts';
import { useSignedForm } from '../use-signed-form.ts';
import { collectFindings } from './collect-findings.ts';
import { sendParts } from './form-order.ts';
import { previewMultipart, type FileFacts, type MultipartPreview } from './multipart-preview.ts';
import { applyFix, suggestFixes, type Fix } from './one-click-fixes.ts';
import { describeSizeRefusal, type SizeNote } from './outcome-sizes.ts';
import { pointAtCause } from './point-at-cause.ts';
import { compareKey, sandboxCredentials, withKnownKey, type KeyDifference } from './sandbox-key.ts';
import { sayTypeNote, type TypeNote } from './type-note.ts';
import { describeTypeRefusal } from './type-refusal.ts';
import { VERDICT_TEXTS } from './verdict-texts-en.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

// The sandbox's answers to a key that is not its own (sandbox-key.ts).
const KEY_CODES: readonly string[] = ['InvalidAccessKeyId', 'SignatureDoesNotMatch'];

/** Everything the Result pane shows, derived once from the form's values, the file and the answer. */
export interface ResultState {
  values: BuilderValues;
  /** What the signer knows beside the values (the STS answer, the sandbox): the upload signs with it. */
  context: SigningContext;
  /** The signed form of the current values, its error, when it was signed. */
  signed: { form: PostForm | null; error: string | null; signedAt: number };
  /** The signed form as shown: findings, doc links and field reasons in the reader's language. */
  shownForm: PostForm | null;
  /** The shown form's checks, their condition rows counted as the user sees the rows. */
  checks: Check[] | null;
  preview: MultipartPreview | null;
  file: FileFacts | null;
  /** A file is chosen and the dry run (loaded on demand) is on its way. */
  verdictLoading: boolean;
  /** One verdict for the bar, the dry run and the field findings: the sandbox's answer. */
  verdict: Verdict | null;
  /** The key the sandbox checks, when the page knows it and it differs from the typed one. */
  knownKey?: { id: string; secret: string };
  keyDifference: KeyDifference;
  /** The fixes for the dry run's refusal, and for the upload's answer. */
  verdictFixes: Fix[];
  answerFixes: Fix[];
  sizeNote?: SizeNote;
  typeNote?: TypeNote;
  /** Posting to a real bucket: whether an upload to it succeeded (for the verdict's caveat). */
  realBucket?: { verified: boolean };
  /** Findings by input id, and the fields the error (or else the dry run) points at. */
  findings: ReadonlyMap<string, FieldFinding[]>;
  flaggedFields: string[];
  applyFix: (fix: Fix) => void;
}

/**
 * A check's `conditionRow` counts the rows that produced a condition; the page's rows include the
 * incomplete ones (dropped by rowToCondition), so map it onto the row the user sees.
 */
function onUserRows(checks: Check[], rows: number[]): Check[] {
  return checks.map((check) => {
    if (check.conditionRow === undefined) return check;
    const { conditionRow, ...rest } = check;
    const row = rows[conditionRow];
    return row === undefined ? rest : { ...rest, conditionRow: row };
  });
}

// import(): OSS's verdict (dry-run.ts with evaluatePost) loads once a file is chosen. A failed
// load reaches the error boundary with a message saying what could not be loaded.
async function loadDryRun() {
  try {
    return (await import('./dry-run.ts')).dryRun;
  } catch (error) {
    throw new PageError('loadEvaluator', { reason: reasonOf(error) }, { cause: error });
  }
}

/**
 * The Result pane's state, computed once per render of the form; ResultProvider (result-context.tsx) shares it: the
 * signed form, its checks and preview, the dry run's verdict with its fixes and notes, the fixes
 * for the upload's answer, the findings at each input and the fields to outline.
 */
export function useDerivedResult(): ResultState {
  const form = useFormContext<BuilderValues>();
  const values = useWatch({ control: form.control }) as BuilderValues;
  const sandbox = useSandboxInfo().data;
  const sts = useStore($stsExpiry);
  const context = useMemo(() => signingContext(sts, sandbox), [sts, sandbox]);
  const signed = useSignedForm(values, context);
  const { file, facts, session } = useUpload();
  const expectedRegion = values.target.mode === 'sandbox' ? sandbox?.region : undefined;
  const dryRun = useQuery({
    queryKey: ['core', 'evaluator'],
    queryFn: loadDryRun,
    enabled: facts !== null,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
    throwOnError: true,
  }).data;

  const parts = useMemo(
    () => (signed.form ? sendParts(signed.form, file ? file.type : null, values.sendOrder) : null),
    [signed.form, file, values.sendOrder],
  );
  const preview = useMemo(
    () => (parts ? previewMultipart(parts, facts ?? undefined) : null),
    [parts, facts],
  );
  // The key the sandbox checks, when the page knows it, and what differs from the typed one.
  const knownKey =
    values.target.mode === 'sandbox' && sandbox
      ? { id: sandbox.accessKeyId, secret: sandbox.accessKeySecret }
      : undefined;
  const keyDifference = compareKey(knownKey, values.credentials);
  const dryRunVerdict = useMemo(
    () => (parts && facts && dryRun ? dryRun(parts, facts, values) : null),
    [parts, facts, values, dryRun],
  );
  const verdict = withKnownKey(
    pointAtCause(dryRunVerdict, values.sendOrder),
    keyDifference,
    values.credentials.signatureVersion,
  );
  const refusal = verdict && !verdict.ok ? verdict : null;
  const keyFix: Fix[] =
    knownKey && (keyDifference === 'id' || keyDifference === 'secret')
      ? [
          {
            id: 'sandbox-key',
            patch: { credentials: sandboxCredentials(knownKey, values.credentials) },
          },
        ]
      : [];
  const verdictFixes = refusal
    ? keyFix.length > 0
      ? keyFix
      : suggestFixes({
          code: refusal.code,
          message: refusal.message,
          ...(refusal.condition ? { condition: refusal.condition } : {}),
          values,
          fileSize: facts?.size,
          expectedRegion,
        })
    : [];
  const sizeNote = refusal
    ? describeSizeRefusal({
        code: refusal.code,
        fileSize: facts?.size,
        conditions: values.conditions,
      })
    : undefined;
  const typeNote =
    refusal && !sizeNote
      ? describeTypeRefusal({
          condition: refusal.condition,
          fileType: facts?.contentType,
          conditions: values.conditions,
        })
      : undefined;

  // The upload's answer: its fixes use the failing condition of the dry run of the request sent.
  const { reading, sent, stale } = session;
  const answerFixes =
    reading?.kind === 'oss-error' && reading.error
      ? suggestFixes({
          code: reading.error.code,
          message: reading.error.message,
          ec: reading.error.ec,
          hostId: reading.error.hostId,
          ...(sent?.condition ? { condition: sent.condition } : {}),
          values,
          fileSize: sent?.fileSize,
          expectedRegion,
        })
      : [];

  // At the field, the specific sentence when the page knows more than OSS's message says.
  const noteTexts = useTexts(LOGIC_NOTES_TEXTS);
  const refusalText = refusal
    ? `${refusal.code}: ${typeNote ? sayTypeNote(typeNote, noteTexts) : refusal.message}`
    : '';
  // Fields an OSS error (or else the dry run) points at: highlighted in the form.
  // An answer for an earlier form no longer flags anything: its outline goes once the form changed.
  const flaggedFields =
    reading?.kind === 'oss-error' && !stale
      ? (reading.explanation?.fields ?? [])
      : (refusal?.fields ?? []);
  const rowsKey = producedRows(values).join(',');
  const coreTexts = useCoreTexts();
  const shownForm = useMemo(
    () => (signed.form ? coreTexts.form(signed.form) : null),
    [signed.form, coreTexts],
  );
  const checks = useMemo(
    () =>
      shownForm
        ? onUserRows(shownForm.checks, rowsKey ? rowsKey.split(',').map(Number) : [])
        : null,
    [shownForm, rowsKey],
  );
  // A key the sandbox will refuse is said at the input that differs, with or without a file, in
  // the words of the bar; the dry run's refusal for it is that same sentence, so it is not repeated.
  const verdictTexts = useTexts(VERDICT_TEXTS);
  const keyNote =
    keyDifference === 'id'
      ? verdictTexts.idDiffers
      : keyDifference === 'secret'
        ? verdictTexts.secretDiffers
        : null;
  const findings = useMemo(() => {
    const keyRefused = keyNote !== null && refusal !== null && KEY_CODES.includes(refusal.code);
    const byInput = collectFindings(
      checks ?? [],
      refusal && !keyRefused ? { text: refusalText, fields: refusal.fields } : null,
      values,
    );
    if (keyNote === null) return byInput;
    const input = keyDifference === 'id' ? INPUT_IDS.accessKeyId : INPUT_IDS.accessKeySecret;
    const note = { key: 'sandbox-key', severity: 'error' as const, text: keyNote };
    return new Map(byInput).set(input, [...(byInput.get(input) ?? []), note]);
  }, [checks, refusal, refusalText, values, keyNote, keyDifference]);

  return {
    values,
    context,
    signed,
    shownForm,
    checks,
    preview,
    file: facts,
    verdictLoading: facts !== null && !dryRun,
    verdict,
    ...(keyDifference === null || !knownKey ? {} : { knownKey }),
    keyDifference,
    verdictFixes,
    answerFixes,
    ...(sizeNote ? { sizeNote } : {}),
    ...(typeNote ? { typeNote } : {}),
    ...(values.target.mode === 'sandbox'
      ? {}
      : { realBucket: { verified: reading?.kind === 'success' && !stale } }),
    findings,
    flaggedFields,
    applyFix: (fix) => applyFix(form, fix),
  };
}
