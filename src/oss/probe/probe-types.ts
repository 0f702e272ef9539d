// The policy probe's records: what is sent, what answers, what it means (docs/policy-probe.md).
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import type { NamedValue } from '../form/field-names.ts';
import type { PolicyCondition, PolicyDocument } from '../policy/policy-types.ts';
import type { TextRef } from '../texts.ts';

/**
 * The stable ids of the probes, in the order they run (docs/policy-probe.md#probes).
 *
 * @example PROBE_IDS[0] // 'key-outside-prefix'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const PROBE_IDS = [
  'key-outside-prefix',
  'other-bucket',
  'oversize',
  'empty-file',
  'html-content-type',
  'svg-content-type',
  'public-acl',
  'overwrite',
  'storage-class',
  'redirect-elsewhere',
  'callback-elsewhere',
  'content-disposition',
  'long-expiry',
] as const;

export type ProbeId = (typeof PROBE_IDS)[number];

/** How much a hole weighs in the grade: critical → F, serious → D, moderate → C, minor → B. */
export type ProbeSeverity = 'critical' | 'serious' | 'moderate' | 'minor';

/** `hole`: OSS would admit it; `held`: OSS refuses it; `n/a`: the probe does not apply. */
export type ProbeOutcome = 'hole' | 'held' | 'n/a';

/** One upload as a probe sends it: the bucket, the form fields (no auth fields) and the file. */
export interface ProbeUpload {
  bucket: string;
  /** Form fields in send order, `key` first; the target adds policy and signature fields. */
  fields: NamedValue[];
  file: { filename: string; size: number; contentType: string };
  /** The key must already hold an object (the overwrite probe): the target stores one first. */
  existing?: boolean;
}

/** A target's answer to one upload: the status, OSS's Code, EC and Message for a refusal. */
export interface ProbeAnswer {
  status: number;
  code?: string;
  ec?: string;
  message?: string;
  /** Accepted: the key the object was stored under. */
  key?: string;
  /** The failing condition, when the target knows it (the dry run does). */
  condition?: PolicyCondition;
}

/**
 * Where probes are posted: the dry run (`evaluatePost`), the sandbox, a real bucket or a signing
 * server's form. `post` signs the policy with the target's own key (or takes the server's form)
 * and sends the upload; it never throws (a network failure is an answer with status 0).
 */
export interface ProbeTarget {
  /** `dry-run`, `sandbox`, `bucket` or `signing-server`. */
  kind: string;
  /** The bucket the policy is posted to by default, when the policy names none. */
  bucket: string;
  /** Another bucket of the same account for `other-bucket`; without it the dry run judges it. */
  otherBucket?: string;
  /** A server the target may call back for `callback-elsewhere`; without it the dry run judges it. */
  callbackUrl?: string;
  /** The largest file it posts; a bigger probe is judged by the dry run. */
  maxPostBytes: number;
  /** Signs `policy` (or takes the server's form) and sends the upload. */
  post: (upload: ProbeUpload, policy: PolicyDocument) => Promise<ProbeAnswer>;
  /** Keys it stored that outlive the probe (a real bucket), for the cleanup list. */
  stored?: () => string[];
}

/** The condition a fix adds, and the field value the intended form then sends. */
export interface ProbeFix {
  condition?: PolicyCondition;
  /** A field the form must send for the condition to hold (e.g. `x-oss-object-acl: private`). */
  field?: NamedValue;
  /** A new expiration window in milliseconds from signing (`long-expiry`). */
  expiresInMs?: number;
  message: string;
  text: TextRef;
}

/** One probe's result, as the CLI's `--json` prints it. */
export interface ProbeResult {
  id: ProbeId;
  title: string;
  titleText: TextRef;
  severity: ProbeSeverity;
  /** What was sent, in one line (`Content-Type: text/html`). */
  sent: string;
  sentText: TextRef;
  /** What OSS should do with a sound policy: `refuse`. */
  expected: 'refuse';
  /** The answer of the post that decided it, or undefined when judged from the policy alone. */
  answer?: ProbeAnswer;
  outcome: ProbeOutcome;
  /** Why it is n/a, or that the dry run judged it for this target, or a fidelity finding. */
  note?: { message: string; text: TextRef };
  fix?: ProbeFix;
  /** The dry run's answer, when it differs from the target's (a fidelity finding). */
  dryRun?: ProbeAnswer;
}

export type ProbeGrade = 'A' | 'B' | 'C' | 'D' | 'F';

/** The whole probe: the intended form's answer, each probe and the grade. */
export interface ProbeReport {
  grade: ProbeGrade;
  target: string;
  /** The intended form, as sent first (it must be admitted for the probes to mean anything). */
  intended: ProbeUpload;
  intendedAnswer: ProbeAnswer;
  probes: ProbeResult[];
  /** Keys the probes stored on a real bucket, for cleanup (empty elsewhere). */
  stored: string[];
}

/** What the probe reads: the policy document and its Base64, as signed. */
export interface ProbePolicy {
  policy: PolicyDocument;
  policyBase64: string;
}
