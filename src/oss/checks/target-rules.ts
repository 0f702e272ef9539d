// Credentials and endpoint: can the form be signed, and can a browser reach the endpoint?
import {
  POSTOBJECT_DOC_URL,
  POSTOBJECT_ERRORS_DOC_URL,
  V1_SIGNATURE_DOC_URL,
  V4_SIGNATURE_DOC_URL,
} from '../limits.ts';
import { isInternalEndpoint } from '../form/endpoint.ts';
import type { CheckContext, CheckRule } from './rule.ts';
import { when } from './rule.ts';

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
    message:
      'The AccessKey secret is empty, so the policy cannot be signed. Enter the secret (it stays in this page only) or paste a signature computed by your server.',
    docUrl: V4_SIGNATURE_DOC_URL,
    fields: [],
    find: (c) =>
      when(c.credentials.accessKeySecret === '', {
        fields: [c.version === 'v4' ? 'x-oss-signature' : 'Signature'],
        ...(c.version === 'v1'
          ? {
              message:
                'The AccessKey secret is empty, so the policy cannot be signed (HMAC-SHA1). Enter the secret (it stays in this page only) or paste a signature computed by your server.',
            }
          : {}),
      }),
  },
  {
    id: 'credentials.access-key-missing',
    severity: 'error',
    message:
      'The AccessKey ID is empty; OSS answers "Post request accessKeyId is empty." Enter it.',
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
    message: 'The STS token expires before the policy does.',
    docUrl: POSTOBJECT_ERRORS_DOC_URL,
    fields: ['x-oss-security-token'],
    find: (c) => {
      const tokenEnds = Date.parse(c.credentials.securityTokenExpiration ?? '');
      const policyEnds = Date.parse(c.policy.expiration);
      return when(!!c.credentials.securityToken && tokenEnds < policyEnds, {
        message: `The STS token expires at ${c.credentials.securityTokenExpiration}, before the policy (${c.policy.expiration}); from then on OSS answers 403 SecurityTokenExpired although the policy still looks valid. Set the expiration no later than the token's, or fetch a token that lives longer.`,
      });
    },
  },
  {
    id: 'credentials.sandbox-key-elsewhere',
    severity: 'warning',
    message: "The sandbox's demo AccessKey is used for a target that is not the sandbox.",
    docUrl: V4_SIGNATURE_DOC_URL,
    fields: [],
    find: (c) =>
      when(
        !!c.sandbox &&
          c.credentials.accessKeyId === c.sandbox.accessKeyId &&
          originOf(c.url) !== originOf(c.sandbox.endpoint),
        {
          message: `The AccessKey ID "${c.credentials.accessKeyId}" is the local sandbox's demo key, but the form now posts to ${originOf(c.url) || c.url}; OSS does not know that key and answers 403 InvalidAccessKeyId. Enter your own AccessKey (or an STS token) for this target.`,
          fields: [accessKeyField(c)],
        },
      ),
  },
  {
    id: 'endpoint.internal',
    severity: 'warning',
    message:
      'The endpoint is an "-internal" (VPC) host, which only resolves inside Alibaba Cloud; a browser cannot reach it. Use the public endpoint (without "-internal").',
    docUrl: POSTOBJECT_DOC_URL,
    fields: [],
    find: (c) => when(isInternalEndpoint(c.url)),
  },
];
