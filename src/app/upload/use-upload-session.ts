import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { expandObjectKey, type PolicyCondition, type SignatureVersion } from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import type { SigningContext } from '../form/to-post-form-spec.ts';
import { PAGE_ERRORS_TEXTS } from '../page-errors/texts-en.ts';
import { PageError, reasonOf, sayPageError } from '../page-errors/page-error.ts';
import { useFailureDiagnosis, type FailureDiagnosis } from '../remote/reachability.ts';
import type { UploadRequest } from '../remote/upload.ts';
import { sendParts, type SendPart } from '../result/form-order.ts';
import { signForm } from '../use-signed-form.ts';
import { objectUrl } from './object-key.ts';
import { needsErrorReader } from './answer-kind.ts';
import type { OutcomeReading } from './outcome.ts';
import type { UploadProgress } from './progress.ts';
import { useTexts } from '../../ui/i18n/texts.ts';

/** The sender's chunk (send-and-read.ts): the sender and the readers of its answer. */
type Sender = typeof import('./send-and-read.ts');

// import(): the sender (XMLHttpRequest with progress) with the readers of its answer, and the
// plain-form fallback, load on the first upload, in their own chunks; the first view does not
// need them. A sender that did not load is the upload's error (`sendFailed`).
const loadSender = (): Promise<Sender> => import('./send-and-read.ts');

// import(): the error reader with the error catalog loads once an upload answered with an error.
// A failed load reaches the error boundary with a message saying what could not be loaded.
async function loadExplainAnswer() {
  try {
    return (await import('./explain-answer.ts')).explainAnswer;
  } catch (error) {
    throw new PageError('loadErrorReader', { reason: reasonOf(error) }, { cause: error });
  }
}

/** What the request that was sent carried, to read its answer against. */
export interface SentRequest {
  valuesText: string;
  version: SignatureVersion;
  fileSize: number;
  conditions: BuilderValues['conditions'];
  /** The failing condition of the dry run of this very request (for the fixes). */
  condition?: PolicyCondition;
}

/** What `send` needs beside the values: the signing context and the dry run's failing condition. */
export interface SendInput {
  context: SigningContext;
  condition?: PolicyCondition;
}

/** One test upload and its answer: send, progress, abort, reading, staleness. */
export interface UploadSession {
  send: (input: SendInput) => Promise<void>;
  /** Sends other parts (an imported form as it came in) to `url` with the chosen file. */
  sendAsIs: (url: string, parts: SendPart[]) => void;
  abort: () => void;
  pending: boolean;
  progress: UploadProgress | null;
  signError: string | null;
  reading: OutcomeReading | null;
  /** The request the shown answer belongs to (null for a form sent as imported). */
  sent: SentRequest | null;
  /** The shown answer belongs to values edited since. */
  stale: boolean;
  /** Why the sender did not load (nothing was sent), else null. */
  sendFailed: string | null;
  /** The request of the shown answer carried a callback (so the sandbox has an exchange to show). */
  sentCallback: boolean;
  objectKey?: string;
  objectUrl?: string;
  diagnosis: FailureDiagnosis | null;
  sendPlainForm: () => void;
}

/**
 * The test upload of `file`: signs the current values afresh, sends the fields for the chosen
 * file (its Content-Type where the policy tests it), tracks progress and reads the answer (with
 * the error reader, loaded on demand). The fixes for the answer are the Result's (use-result.ts).
 */
export function useUploadSession(file: File | null): UploadSession {
  const form = useFormContext<BuilderValues>();
  // The answer's reader comes with the sender: set before the first answer arrives.
  const [reader, setReader] = useState<Sender['readOutcome'] | null>(null);
  const upload = useMutation({
    mutationFn: async (request: UploadRequest) => {
      const sender = await loadSender();
      setReader(() => sender.readOutcome);
      return sender.sendAndRead(request);
    },
  });
  const diagnosis = useFailureDiagnosis();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  // The error itself, said in the reader's language when shown (the language may change meanwhile).
  const [signError, setSignError] = useState<unknown>(null);
  const errorTexts = useTexts(PAGE_ERRORS_TEXTS);
  const [sent, setSent] = useState<SentRequest | null>(null);
  const controller = useRef<AbortController | null>(null);
  const explain = useQuery({
    queryKey: ['core', 'error-reader'],
    queryFn: loadExplainAnswer,
    enabled: !!upload.data && needsErrorReader(upload.data),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
    throwOnError: true,
  });

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

  const send = async ({ context, condition }: SendInput) => {
    if (!file) return;
    const values = form.getValues();
    setSignError(null);
    let signed;
    try {
      signed = await signForm(values, context);
    } catch (error) {
      setSignError(error);
      return;
    }
    const parts = sendParts(signed, file.type, values.sendOrder);
    setSent({
      valuesText: JSON.stringify(values),
      version: signed.version,
      fileSize: file.size,
      conditions: values.conditions,
      ...(condition ? { condition } : {}),
    });
    post(signed.url, parts, file);
  };

  const values = form.getValues();
  const reading =
    upload.data && reader
      ? reader(upload.data, explain.data ?? null, {
          ...(sent ? { version: sent.version, fileSize: sent.fileSize } : {}),
          conditions: sent?.conditions ?? values.conditions,
        })
      : null;
  const stale = reading !== null && sent !== null && sent.valuesText !== JSON.stringify(values);
  const request = upload.variables;
  const sentCallback = !!request?.parts.some(
    (part) => part.name.toLowerCase() === 'callback' && 'value' in part && part.value !== '',
  );
  // The key as sent (the form may have changed since), with ${filename} expanded as OSS does.
  const sentKey = request?.parts.find((part) => part.name === 'key' && 'value' in part);
  const objectKey =
    reading?.kind === 'success'
      ? (reading.key ??
        (request && sentKey && 'value' in sentKey
          ? expandObjectKey(sentKey.value, request.file.name)
          : undefined))
      : undefined;

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
    sendFailed: upload.error ? reasonOf(upload.error) : null,
    reading,
    sent,
    stale,
    sentCallback,
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
