// The whole probe: the intended form first, then each probe against the target, judged hole or
// held, with the dry run beside a real target's answer (a difference is a fidelity finding).
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import type { PolicyDocument } from '../policy/policy-types.ts';
import { fail, ok, type Problem, type Result } from '../result.ts';
import { sayFrom, type TextRef } from '../texts.ts';
import { createDryRunTarget } from './dry-run-target.ts';
import { gradeProbes } from './grade.ts';
import { deriveIntendedForm, policyRegion } from './intended-form.ts';
import { PROBES, type ProbeDefinition } from './probe-table.ts';
import type {
  ProbeAnswer,
  ProbeReport,
  ProbeResult,
  ProbeTarget,
  ProbeUpload,
} from './probe-types.ts';
import { PROBE_TEXTS } from './texts-en.ts';

const say = sayFrom(PROBE_TEXTS);

/**
 * OSS stored the object: 200/201/204, 203 (stored, the callback failed) or 303 (redirected).
 *
 * @example isAdmitted({ status: 403, code: 'AccessDenied' }) // false
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function isAdmitted(answer: ProbeAnswer): boolean {
  return [200, 201, 203, 204, 303].includes(answer.status);
}

export interface ProbeOptions {
  policy: PolicyDocument;
  target: ProbeTarget;
  /** The dry run beside a real target (made from the target's bucket when not given). */
  dryRun?: ProbeTarget;
  /** The key prefix the key fix grants when the policy grants none (the builder's key). */
  keyPrefix?: string;
  now?: Date;
}

function intendedFor(policy: PolicyDocument, bucket: string, name: string): ProbeUpload {
  const derived = deriveIntendedForm(policy, bucket, name);
  // probePolicy checked the intended form first, so each probe's own form exists too.
  if (!derived.ok) throw new Error(`no intended form for ${name}`);
  return derived.upload;
}

function show(answer: ProbeAnswer): string {
  return answer.code ? `${answer.status} ${answer.code}` : String(answer.status);
}

async function runOne(
  probe: ProbeDefinition,
  options: ProbeOptions,
  dryRun: ProbeTarget,
  now: Date,
): Promise<ProbeResult> {
  const { policy, target } = options;
  const intended = intendedFor(policy, target.bucket, `${probe.id}.txt`);
  const ctx = {
    policy,
    intended,
    bucket: intended.bucket,
    otherBucket: target.otherBucket ?? dryRun.otherBucket ?? 'oss-policy-probe-other-bucket',
    callbackUrl: target.callbackUrl ?? dryRun.callbackUrl ?? '',
    keyPrefix: options.keyPrefix ?? '',
    now,
  };
  const title = say(`title.${probe.id}`);
  const base = {
    id: probe.id,
    title: title.message,
    titleText: title.text,
    severity: probe.severity,
  };
  const change = probe.change(ctx);
  if (change.kind === 'judged') {
    return {
      ...base,
      sent: change.sent.message,
      sentText: change.sent.text,
      expected: 'refuse',
      outcome: change.hole ? 'hole' : 'held',
      ...(change.note ? { note: change.note } : {}),
      ...(change.hole ? { fix: probe.fix(ctx) } : {}),
    };
  }
  let decided:
    | {
        answer: ProbeAnswer;
        sent: string;
        sentText: TextRef;
        dry?: ProbeAnswer;
        judgedBy?: ProbeResult['note'];
      }
    | undefined;
  for (const { upload, sent } of change.uploads) {
    const elsewhere =
      (probe.id === 'other-bucket' && target.otherBucket === undefined) ||
      (probe.id === 'callback-elsewhere' && target.callbackUrl === undefined);
    const tooLarge = upload.file.size > target.maxPostBytes;
    const byDryRun = target.kind === 'dry-run' || elsewhere || tooLarge;
    const answer = await (byDryRun ? dryRun : target).post(upload, policy);
    const dry = byDryRun ? undefined : await dryRun.post(upload, policy);
    const judgedBy = tooLarge
      ? say('note.too-large', { size: upload.file.size })
      : elsewhere && target.kind !== 'dry-run'
        ? say('note.dry-run')
        : undefined;
    const found = {
      answer,
      sent: sent.message,
      sentText: sent.text,
      ...(dry ? { dry } : {}),
      ...(judgedBy ? { judgedBy } : {}),
    };
    if (!decided) decided = found;
    if (isAdmitted(answer)) {
      decided = found;
      break;
    }
  }
  if (!decided) throw new Error(`probe ${probe.id} sent nothing`);
  const hole = isAdmitted(decided.answer);
  const differs = decided.dry !== undefined && isAdmitted(decided.dry) !== hole;
  const note = differs
    ? say('note.fidelity', {
        dryRun: show(decided.dry as ProbeAnswer),
        target: show(decided.answer),
      })
    : decided.judgedBy;
  return {
    ...base,
    sent: decided.sent,
    sentText: decided.sentText,
    expected: 'refuse',
    answer: decided.answer,
    outcome: hole ? 'hole' : 'held',
    ...(note ? { note } : {}),
    ...(hole ? { fix: probe.fix(ctx) } : {}),
    ...(differs ? { dryRun: decided.dry } : {}),
  };
}

/**
 * Probes what a policy lets any holder upload: the intended form must be admitted first, then
 * every probe in `PROBES` is posted to the target (the dry run judges those the target cannot
 * post) and graded. Refuses, as problems, an expired policy, one no form satisfies, and one whose
 * intended form the target refuses.
 *
 * @example
 * const report = await probePolicy({ policy, target: createDryRunTarget({ bucket: 'examplebucket', region: 'cn-hangzhou' }) });
 * report.ok && report.value.grade // 'F' for the builder's default policy (any content type)
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export async function probePolicy(options: ProbeOptions): Promise<Result<ProbeReport>> {
  const { policy, target } = options;
  const now = options.now ?? new Date();
  if (!(Date.parse(policy.expiration) > now.getTime())) {
    const said = say('input.expired', { expiration: policy.expiration });
    return fail({ id: 'probe.expired', ...said, path: 'expiration' });
  }
  const intended = deriveIntendedForm(policy, target.bucket, 'intended.txt');
  if (!intended.ok) {
    const said = say('input.unmet', { fields: intended.fields.join(', ') });
    return fail({ id: 'probe.unmet', ...said, path: 'conditions' });
  }
  const dryRun =
    options.dryRun ??
    createDryRunTarget({
      bucket: target.bucket,
      region: policyRegion(policy) ?? 'cn-hangzhou',
      allowPrivateCallback: target.callbackUrl !== undefined,
      now: () => now,
    });
  const intendedAnswer = await target.post(intended.upload, policy);
  if (!isAdmitted(intendedAnswer)) {
    const said = say('note.intended-refused');
    const problem: Problem = {
      id: 'probe.intended-refused',
      message: `${said.message} ${show(intendedAnswer)}${intendedAnswer.message ? `: ${intendedAnswer.message}` : ''}`,
      text: said.text,
      ...(intendedAnswer.code
        ? {
            oss: {
              code: intendedAnswer.code,
              message: intendedAnswer.message ?? '',
              ...(intendedAnswer.ec ? { ec: intendedAnswer.ec } : {}),
            },
          }
        : {}),
    };
    return fail(problem);
  }
  const probes: ProbeResult[] = [];
  for (const probe of PROBES) probes.push(await runOne(probe, options, dryRun, now));
  return ok({
    grade: gradeProbes(probes),
    target: target.kind,
    intended: intended.upload,
    intendedAnswer,
    probes,
    stored: target.stored?.() ?? [],
  });
}
