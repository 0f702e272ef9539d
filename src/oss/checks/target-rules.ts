// Credentials and endpoint: can the form be signed, and can a browser reach the endpoint?
import { POSTOBJECT_DOC_URL, V1_SIGNATURE_DOC_URL, V4_SIGNATURE_DOC_URL } from '../limits.ts';
import { isInternalEndpoint } from '../form/endpoint.ts';
import type { CheckRule } from './rule.ts';
import { when } from './rule.ts';

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
    fields: ['x-oss-signature', 'Signature'],
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
    fields: ['OSSAccessKeyId', 'x-oss-credential'],
    find: (c) =>
      when(c.credentials.accessKeyId === '', {
        fields: [c.version === 'v4' ? 'x-oss-credential' : 'OSSAccessKeyId'],
      }),
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
