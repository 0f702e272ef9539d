// Policy time: expired, beyond V4's validity, or short enough for clock skew to bite.
// https://www.alibabacloud.com/help/en/oss/how-to-handle-common-errors-when-the-postobject-operation-is-called
import {
  POSTOBJECT_ERRORS_DOC_URL,
  SHORT_EXPIRATION_INFO_MS,
  SHORT_EXPIRATION_WARN_MS,
  V4_MAX_SKEW_MS,
  V1_SIGNATURE_DOC_URL,
  V4_MAX_VALIDITY_MS,
  V4_SIGNATURE_DOC_URL,
} from '../limits.ts';
import { parseOssDate } from '../signing/v4-date.ts';
import type { CheckContext, CheckRule } from './rule.ts';
import { when } from './rule.ts';
import { sayFrom } from '../texts.ts';
import { CHECKS_TEXTS } from './texts-en.ts';

const say = sayFrom(CHECKS_TEXTS);

function expiresAt(context: CheckContext): number {
  return Date.parse(context.policy.expiration);
}

function remainingMs(context: CheckContext): number {
  return expiresAt(context) - context.now.getTime();
}

const minutes = (ms: number) => Math.round(ms / 60_000);
const days = (ms: number) => Math.round(ms / 86_400_000);

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
    ...say('expiration.past'),
    docUrl: POSTOBJECT_ERRORS_DOC_URL,
    fields: ['policy'],
    find: (c) =>
      when(
        remainingMs(c) <= 0,
        say('expiration.past.found', { expiration: c.policy.expiration, now: c.now.toISOString() }),
      ),
  },
  {
    id: 'expiration.beyond-v4-validity',
    severity: 'error',
    ...say('expiration.beyond-v4-validity', { days: days(V4_MAX_VALIDITY_MS) }),
    docUrl: V4_SIGNATURE_DOC_URL,
    fields: ['policy', 'x-oss-date'],
    find: (c) => {
      if (c.version !== 'v4') return [];
      const signed = parseOssDate(c.field('x-oss-date')?.value ?? '');
      if (!signed) return [];
      const span = expiresAt(c) - signed.getTime();
      return when(
        span > V4_MAX_VALIDITY_MS,
        say('expiration.beyond-v4-validity.found', {
          expiration: c.policy.expiration,
          span: (span / 86_400_000).toFixed(1),
          days: days(V4_MAX_VALIDITY_MS),
        }),
      );
    },
  },
  {
    // V1 signatures have no limit of their own: a V1 form signed for years is an upload
    // permission for years, to whoever holds it. Seven days is V4's own limit.
    id: 'expiration.v1-long-lived',
    severity: 'warning',
    ...say('expiration.v1-long-lived', { days: days(V4_MAX_VALIDITY_MS) }),
    docUrl: V1_SIGNATURE_DOC_URL,
    fields: ['policy'],
    find: (c) => {
      const left = remainingMs(c);
      return when(
        c.version === 'v1' && left > V4_MAX_VALIDITY_MS,
        say('expiration.v1-long-lived.found', {
          expiration: c.policy.expiration,
          span: (left / 86_400_000).toFixed(1),
          days: days(V4_MAX_VALIDITY_MS),
        }),
      );
    },
  },
  {
    id: 'expiration.skew-risk',
    severity: 'warning',
    ...say('expiration.skew-risk', { minutes: minutes(SHORT_EXPIRATION_WARN_MS) }),
    docUrl: POSTOBJECT_ERRORS_DOC_URL,
    fields: ['policy'],
    find: (c) => {
      const left = remainingMs(c);
      return when(
        left > 0 && left < SHORT_EXPIRATION_WARN_MS,
        say('expiration.skew-risk.found', {
          left: minutes(left),
          minutes: minutes(SHORT_EXPIRATION_INFO_MS),
        }),
      );
    },
  },
  {
    id: 'expiration.short',
    severity: 'info',
    ...say('expiration.short', { minutes: minutes(SHORT_EXPIRATION_INFO_MS) }),
    docUrl: POSTOBJECT_ERRORS_DOC_URL,
    fields: ['policy'],
    find: (c) => {
      const left = remainingMs(c);
      return when(
        left >= SHORT_EXPIRATION_WARN_MS && left < SHORT_EXPIRATION_INFO_MS,
        say('expiration.short.found', { left: minutes(left), skew: minutes(V4_MAX_SKEW_MS) }),
      );
    },
  },
];
