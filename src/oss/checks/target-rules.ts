// Credentials and endpoint: can the form be signed, and can a browser reach the endpoint?
import {
  POSTOBJECT_DOC_URL,
  POSTOBJECT_ERRORS_DOC_URL,
  V1_SIGNATURE_DOC_URL,
  V4_SIGNATURE_DOC_URL,
} from '../limits.ts';
import { isHttpUrl, isInternalEndpoint } from '../form/endpoint.ts';
import type { CheckContext, CheckRule } from './rule.ts';
import { when } from './rule.ts';
import { sayFrom } from '../texts.ts';
import { CHECKS_TEXTS } from './texts-en.ts';

const say = sayFrom(CHECKS_TEXTS);

function originOf(url: string): string {
  try {
    return new URL(url).origin.toLowerCase();
  } catch {
    return '';
  }
}

/** The field that carries the AccessKey ID in this signature version. */
const accessKeyField = (c: CheckContext) =>
  c.version === 'v4' ? 'x-oss-credential' : 'OSSAccessKeyId';

/**
 * Credential and endpoint rules.
 *
 * @example runRules(TARGET_RULES, context).map((c) => c.id) // e.g. ['credentials.secret-missing']
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const TARGET_RULES: CheckRule[] = [
  {
    id: 'credentials.secret-missing',
    severity: 'error',
    ...say('credentials.secret-missing'),
    docUrl: V4_SIGNATURE_DOC_URL,
    fields: [],
    find: (c) =>
      when(c.credentials.accessKeySecret === '', {
        fields: [c.version === 'v4' ? 'x-oss-signature' : 'Signature'],
        ...(c.version === 'v1' ? say('credentials.secret-missing.v1') : {}),
      }),
  },
  {
    id: 'credentials.access-key-missing',
    severity: 'error',
    ...say('credentials.access-key-missing'),
    docUrl: V1_SIGNATURE_DOC_URL,
    fields: [],
    find: (c) =>
      when(c.credentials.accessKeyId === '', {
        fields: [accessKeyField(c)],
      }),
  },
  {
    id: 'credentials.sts-expires-first',
    severity: 'warning',
    ...say('credentials.sts-expires-first'),
    docUrl: POSTOBJECT_ERRORS_DOC_URL,
    fields: ['x-oss-security-token'],
    find: (c) => {
      const tokenEnds = Date.parse(c.credentials.securityTokenExpiration ?? '');
      const policyEnds = Date.parse(c.policy.expiration);
      return when(
        !!c.credentials.securityToken && tokenEnds < policyEnds,
        say('credentials.sts-expires-first.found', {
          token: c.credentials.securityTokenExpiration ?? '',
          policy: c.policy.expiration,
        }),
      );
    },
  },
  {
    id: 'credentials.sandbox-key-elsewhere',
    severity: 'warning',
    ...say('credentials.sandbox-key-elsewhere'),
    docUrl: V4_SIGNATURE_DOC_URL,
    fields: [],
    find: (c) =>
      when(
        !!c.sandbox &&
          c.credentials.accessKeyId === c.sandbox.accessKeyId &&
          originOf(c.url) !== originOf(c.sandbox.endpoint),
        {
          ...say('credentials.sandbox-key-elsewhere.found', {
            accessKeyId: c.credentials.accessKeyId,
            target: originOf(c.url) || c.url,
          }),
          fields: [accessKeyField(c)],
        },
      ),
  },
  {
    id: 'endpoint.not-http',
    severity: 'error',
    ...say('endpoint.not-http'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: [],
    find: (c) => when(!isHttpUrl(c.url), say('endpoint.not-http.found', { url: c.url })),
  },
  {
    id: 'endpoint.internal',
    severity: 'warning',
    ...say('endpoint.internal'),
    docUrl: POSTOBJECT_DOC_URL,
    fields: [],
    find: (c) => when(isInternalEndpoint(c.url)),
  },
];
