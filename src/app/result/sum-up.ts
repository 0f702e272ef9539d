import { OSS_REFUSALS, type Check, type Verdict } from '../../oss/index.ts';
import type { FileFacts } from './multipart-preview.ts';
import type { VERDICT_TEXTS } from './verdict-texts-en.ts';

type Texts = typeof VERDICT_TEXTS;

/** What the verdict says, its tone, and the field of the first problem (to jump to). */
export interface VerdictSummary {
  tone: 'ok' | 'warning' | 'error' | 'pending';
  text: string;
  /** How far the signature was checked: against the sandbox's secret, or not at all. */
  signature?: string;
  problemField?: string;
  /** The user's condition row of the first problem, when it names one. */
  problemRow?: number;
}

export interface AccessKeyPair {
  id: string;
  secret: string;
}

export interface VerdictInputs {
  checks: readonly Check[] | null;
  signError: string | null;
  file: FileFacts | null;
  dryRun: Verdict | null;
  /** The AccessKey OSS will check, when the page knows it (the sandbox's); else undefined. */
  knownKey?: AccessKeyPair;
  typedKey: AccessKeyPair;
}

/** The typed AccessKey is not the one OSS will check (known only for the sandbox). */
function keyDiffers({ knownKey, typedKey }: VerdictInputs): boolean {
  return (
    knownKey !== undefined &&
    (knownKey.id !== typedKey.id.trim() || knownKey.secret !== typedKey.secret)
  );
}

/** OSS's refusal of a typed key that is not the known one: an unknown ID, else a wrong secret. */
function keyRefusal(inputs: VerdictInputs): { code: string; message: string } | null {
  if (!keyDiffers(inputs) || inputs.knownKey === undefined) return null;
  return inputs.knownKey.id !== inputs.typedKey.id.trim()
    ? OSS_REFUSALS.accessKeyUnknown
    : OSS_REFUSALS.signatureMismatch;
}

function signatureNote(inputs: VerdictInputs, texts: Texts): string {
  if (inputs.knownKey === undefined) return texts.signatureNotVerified;
  if (!keyDiffers(inputs)) return texts.signatureMatches;
  // Name exactly what differs: the ID (unknown to the sandbox) or, with the right ID, the secret.
  return inputs.knownKey.id !== inputs.typedKey.id.trim() ? texts.idDiffers : texts.secretDiffers;
}

/**
 * The one-line verdict: before a file is chosen, the checks summed up; with a file, the dry
 * run's answer and how far the signature was verified.
 */
export function sumUpVerdict(inputs: VerdictInputs, texts: Texts): VerdictSummary {
  const { checks, signError, file, dryRun } = inputs;
  if (signError) return { tone: 'error', text: `${texts.signFailed} ${signError}` };
  if (!checks) return { tone: 'pending', text: texts.signing };
  if (file) {
    const signature = signatureNote(inputs, texts);
    if (!dryRun) return { tone: 'pending', text: texts.loadingDryRun };
    if (dryRun.ok) {
      // The page knows the key the sandbox checks: a different one is refused whatever the
      // policy says, with the error the sandbox (like OSS) answers for it.
      const refusal = keyRefusal(inputs);
      if (refusal) {
        return {
          tone: 'error',
          text: texts.refused({
            file: file.filename,
            code: refusal.code,
            message: refusal.message,
          }),
          signature,
        };
      }
      return {
        tone: 'ok',
        text: texts.accepted({ file: file.filename, key: dryRun.key, status: dryRun.status }),
        signature,
      };
    }
    // A key the sandbox refuses: the headline says which part differs, in place of OSS's message.
    const keyNote = keyDiffers(inputs) ? signature : undefined;
    return {
      tone: 'error',
      text: texts.refused({
        file: file.filename,
        code: dryRun.code,
        message: keyNote ?? dryRun.message,
      }),
      ...(keyNote ? {} : { signature }),
      problemField: dryRun.fields[0],
    };
  }
  const errors = checks.filter((check) => check.severity === 'error');
  const warnings = checks.filter((check) => check.severity === 'warning');
  const first = errors[0] ?? warnings[0];
  if (!first) return { tone: 'ok', text: texts.noProblems };
  const problemField = first.fields[0];
  const problemRow = first.conditionRow;
  if (errors.length === 0) {
    return {
      tone: 'warning',
      text: texts.warnings({ count: warnings.length, first: first.message }),
      problemField,
      problemRow,
    };
  }
  return {
    tone: 'error',
    text:
      errors.length === 1
        ? texts.oneProblem({ first: first.message })
        : texts.problems({ count: errors.length, first: first.message }),
    problemField,
    problemRow,
  };
}
