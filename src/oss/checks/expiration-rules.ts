// Policy time: expired, beyond V4's validity, or short enough for clock skew to bite.
// https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called
import {
  POSTOBJECT_ERRORS_DOC_URL,
  SHORT_EXPIRATION_INFO_MS,
  SHORT_EXPIRATION_WARN_MS,
  V4_MAX_SKEW_MS,
  V4_MAX_VALIDITY_MS,
  V4_SIGNATURE_DOC_URL,
} from '../limits.ts';
import { parseOssDate } from '../signing/v4-date.ts';
import type { CheckContext, CheckRule } from './rule.ts';
import { when } from './rule.ts';

function expiresAt(context: CheckContext): number {
  return Date.parse(context.policy.expiration);
}

function remainingMs(context: CheckContext): number {
  return expiresAt(context) - context.now.getTime();
}

const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;
const spelledMinutes = (ms: number) => `${Math.round(ms / 60_000)} minutes`;
const days = (ms: number) => `${Math.round(ms / 86_400_000)} days`;

/**
 * Expiration rules.
 *
 * @example runRules(EXPIRATION_RULES, context).map((c) => c.id) // e.g. ['expiration.skew-risk']
 * @see https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called
 */
export const EXPIRATION_RULES: CheckRule[] = [
  {
    id: 'expiration.past',
    severity: 'error',
    message:
      'The policy expiration is already past; OSS answers 403 AccessDenied "Invalid according to Policy: Policy expired." Set a later expiration.',
    docUrl: POSTOBJECT_ERRORS_DOC_URL,
    fields: ['policy'],
    find: (c) =>
      when(remainingMs(c) <= 0, {
        message: `The policy expired at ${c.policy.expiration}, before now (${c.now.toISOString()}); OSS answers 403 AccessDenied "Invalid according to Policy: Policy expired." Set a later expiration (UTC, e.g. new Date(Date.now() + 3600e3).toISOString()).`,
      }),
  },
  {
    id: 'expiration.beyond-v4-validity',
    severity: 'error',
    message: `The expiration is more than ${days(V4_MAX_VALIDITY_MS)} after x-oss-date; a V4 signed request is valid at most ${days(V4_MAX_VALIDITY_MS)}.`,
    docUrl: V4_SIGNATURE_DOC_URL,
    fields: ['policy', 'x-oss-date'],
    find: (c) => {
      if (c.version !== 'v4') return [];
      const signed = parseOssDate(c.field('x-oss-date')?.value ?? '');
      if (!signed) return [];
      const span = expiresAt(c) - signed.getTime();
      return when(span > V4_MAX_VALIDITY_MS, {
        message: `The expiration ${c.policy.expiration} is ${(span / 86_400_000).toFixed(1)} days after x-oss-date; OSS honours a V4 signature at most ${days(V4_MAX_VALIDITY_MS)} (EC 0002-00000709 afterwards). Shorten the expiration or re-sign before then.`,
      });
    },
  },
  {
    id: 'expiration.skew-risk',
    severity: 'warning',
    message: `The policy expires within ${spelledMinutes(SHORT_EXPIRATION_WARN_MS)}; a client or server clock a few minutes off makes it "Policy expired."`,
    docUrl: POSTOBJECT_ERRORS_DOC_URL,
    fields: ['policy'],
    find: (c) => {
      const left = remainingMs(c);
      return when(left > 0 && left < SHORT_EXPIRATION_WARN_MS, {
        message: `The policy expires in ${minutes(left)}. A signing clock a few minutes off (a common cause of "Policy expired.") or a slow upload breaks it; allow at least ${spelledMinutes(SHORT_EXPIRATION_INFO_MS)}.`,
      });
    },
  },
  {
    id: 'expiration.short',
    severity: 'info',
    message: `The policy expires within ${spelledMinutes(SHORT_EXPIRATION_INFO_MS)}.`,
    docUrl: POSTOBJECT_ERRORS_DOC_URL,
    fields: ['policy'],
    find: (c) => {
      const left = remainingMs(c);
      return when(left >= SHORT_EXPIRATION_WARN_MS && left < SHORT_EXPIRATION_INFO_MS, {
        message: `The policy expires in ${minutes(left)}; large uploads or clock skew may outlast it. OSS allows ${spelledMinutes(V4_MAX_SKEW_MS)} of skew for V4 — an hour is a common choice.`,
      });
    },
  },
];
