import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { PolicyCondition, SignatureVersion } from '../../oss/index.ts';
import type { Evaluator, ResultLogic } from '../core.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import type { SigningContext } from '../form/to-post-form-spec.ts';
import type { SendPart } from '../result/form-order.ts';
import type { FileFacts } from '../result/multipart-preview.ts';
import { objectUrl } from './object-key.ts';
import type { Fix } from '../result/one-click-fixes.ts';
import type { OutcomeReading } from './outcome.ts';
import type { UploadProgress } from './progress.ts';
import { useFailureDiagnosis, type FailureDiagnosis } from '../remote/reachability.ts';
import type { UploadOutcome, UploadRequest } from '../remote/upload.ts';
import { useErrorReader } from '../use-core-loaders.ts';
import { signForm } from '../use-signed-form.ts';
import { pageErrorMessages } from '../page-errors/messages.ts';
import { PageError, reasonOf, sayPageError } from '../page-errors/page-error.ts';
import { useStore } from '../../ui/i18n/use-store.ts';

// import(): the sender (XMLHttpRequest with progress) and the plain-form fallback load on the
// first upload, in their own chunk; the first view does not need them.
async function sendOnDemand(request: UploadRequest): Promise<UploadOutcome> {
  const { sendPostForm } = await import('../remote/upload.ts');
  return sendPostForm(request);
}

/** The file as the dry run and the preview see it (never its bytes). */
export function factsOf(file: File): FileFacts {
  return {
    filename: file.name,
    size: file.size,
    contentType: file.type || 'application/octet-stream',
  };
}

/** What the page needs to send: the file, what it knows beside the values, the loaded logic. */
export interface UploadSessionInput {
  file: File | null;
  context: SigningContext;
  logic: ResultLogic | undefined;
  evaluator: Evaluator | undefined;
  /** The sandbox's region, when the page posts to it (for the region fix). */
  expectedRegion?: string;
}

/** What the request that was sent carried, to read its answer against. */
interface SentRequest {
  valuesText: string;
  version: SignatureVersion;
  fileSize: number;
  conditions: BuilderValues['conditions'];
  /** The failing condition of the dry run of this very request (for the fixes). */
  condition?: PolicyCondition;
}

/** One test upload and its answer: send, progress, abort, reading, fixes, staleness. */
export interface UploadSession {
  send: () => Promise<void>;
  /** Sends other parts (an imported form as it came in) to `url` with the chosen file. */
  sendAsIs: (url: string, parts: SendPart[]) => void;
  abort: () => void;
  pending: boolean;
  progress: UploadProgress | null;
  signError: string | null;
  reading: OutcomeReading | null;
  /** The shown answer belongs to values edited since. */
  stale: boolean;
  fixes: Fix[];
  applyFix: (fix: Fix) => void;
  objectKey?: string;
  objectUrl?: string;
  diagnosis: FailureDiagnosis | null;
  sendPlainForm: () => void;
}

/**
 * The test upload: signs the current values afresh, sends the fields for the chosen file (its
 * Content-Type where the policy tests it), tracks progress, reads the answer (with the error
 * reader, loaded on demand) and offers the fixes for a refusal, using the failing condition of the
 * dry run of the request that was sent.
 */
export function useUploadSession(input: UploadSessionInput): UploadSession {
  const { file, context, logic, evaluator } = input;
  const form = useFormContext<BuilderValues>();
  const upload = useMutation({ mutationFn: sendOnDemand });
  const diagnosis = useFailureDiagnosis();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  // The error itself, said in the reader's language when shown (the language may change meanwhile).
  const [signError, setSignError] = useState<unknown>(null);
  const errorTexts = useStore(pageErrorMessages);
  const [sent, setSent] = useState<SentRequest | null>(null);
  const controller = useRef<AbortController | null>(null);
  const errorReader = useErrorReader(
    !!upload.data && !!logic && logic.needsErrorReader(upload.data),
  );

  const post = (url: string, parts: SendPart[], chosen: File) => {
    controller.current = new AbortController();
    diagnosis.reset();
    setProgress({
      loaded: 0,
      total: chosen.size,
      percent: 0,
      bytesPerSecond: 0,
      secondsLeft: null,
    });
    upload.mutate(
      { url, parts, file: chosen, onProgress: setProgress, signal: controller.current.signal },
      {
        onSuccess: (outcome) => {
          if (outcome.status === 0 && !outcome.aborted) diagnosis.mutate(url);
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  const send = async () => {
    if (!file || !logic) return;
    const values = form.getValues();
    setSignError(null);
    let signed;
    try {
      signed = await signForm(values, context);
    } catch (error) {
      setSignError(error);
      return;
    }
    const parts = logic.orderParts(logic.fieldsForFile(signed, file.type), values.sendOrder);
    const verdict = evaluator ? logic.dryRun(parts, factsOf(file), values, evaluator) : null;
    setSent({
      valuesText: JSON.stringify(values),
      version: signed.version,
      fileSize: file.size,
      conditions: values.conditions,
      ...(verdict && !verdict.ok && verdict.condition ? { condition: verdict.condition } : {}),
    });
    post(signed.url, parts, file);
  };

  const values = form.getValues();
  const reading =
    upload.data && logic
      ? logic.readOutcome(upload.data, errorReader.data ?? null, {
          ...(sent ? { version: sent.version, fileSize: sent.fileSize } : {}),
          conditions: sent?.conditions ?? values.conditions,
        })
      : null;
  const stale = reading !== null && sent !== null && sent.valuesText !== JSON.stringify(values);
  const request = upload.variables;
  // The key as sent (the form may have changed since), with ${filename} expanded as OSS does.
  const sentKey = request?.parts.find((part) => part.name === 'key' && 'value' in part);
  const objectKey =
    reading?.kind === 'success'
      ? (reading.key ??
        (request && sentKey && 'value' in sentKey && logic
          ? logic.expandObjectKey(sentKey.value, request.file.name)
          : undefined))
      : undefined;
  const fixes =
    reading?.kind === 'oss-error' && reading.error && logic
      ? logic.suggestFixes({
          code: reading.error.code,
          message: reading.error.message,
          ec: reading.error.ec,
          hostId: reading.error.hostId,
          ...(sent?.condition ? { condition: sent.condition } : {}),
          values,
          fileSize: sent?.fileSize,
          expectedRegion: input.expectedRegion,
        })
      : [];

  return {
    send,
    sendAsIs: (url, parts) => {
      if (!file) return;
      setSent(null);
      post(url, parts, file);
    },
    abort: () => controller.current?.abort(),
    pending: upload.isPending,
    progress: upload.isPending ? progress : null,
    signError: signError === null ? null : sayPageError(signError, errorTexts),
    reading,
    stale,
    fixes,
    applyFix: (fix) => logic?.applyFix(form, fix),
    ...(objectKey ? { objectKey } : {}),
    ...(request && objectKey ? { objectUrl: objectUrl(request.url, objectKey) } : {}),
    diagnosis: diagnosis.data ?? null,
    sendPlainForm: () => {
      if (!request) return;
      import('./plain-form.ts').then(
        ({ submitPlainForm }) => submitPlainForm(request.url, request.parts, request.file),
        (error: unknown) =>
          setSignError(
            new PageError('loadPlainForm', { reason: reasonOf(error) }, { cause: error }),
          ),
      );
    },
  };
}
