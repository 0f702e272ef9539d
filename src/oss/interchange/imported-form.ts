// What every importer returns: the form as it came in, in its order, ready for the core's lint.
import type { NamedValue } from '../form/field-names.ts';
import type { SignatureVersion } from '../form/form-types.ts';
import type { PolicyDocument } from '../policy/policy-types.ts';
import type { Problem } from '../result.ts';
import { decodePolicy } from '../policy/policy-decode.ts';

/** Which kind of text an import read. */
export type ImportSource = 'policy-base64' | 'policy-json' | 'curl' | 'html' | 'signing-server';

/** A file part met while importing: where it stood among the fields. */
export interface ImportedFile {
  /** The field name (OSS wants `file`). */
  name: string;
  /** How many text fields came before it; fields at or after this index follow the file. */
  index: number;
  /** The local path or file name, when the source names one. */
  fileName?: string;
}

/** A form read from a policy, a curl command, an HTML form or a signing server's answer. */
export interface ImportedForm {
  source: ImportSource;
  /** The URL the form posts to, when the source says. */
  url?: string;
  /** Text fields in the order the source sends them (files are in `files`). */
  fields: NamedValue[];
  /** File parts, with their position among the fields. */
  files: ImportedFile[];
  /** The decoded `policy` field, when there is one and it decodes. */
  policy?: PolicyDocument;
  /** The signature scheme the fields (or the policy's conditions) point to. */
  version: SignatureVersion;
  /** What could not be taken over as is: undecodable policy, shell variables, ignored members… */
  problems: Problem[];
}

/**
 * V4 when any V4 field or policy condition is present, V1 when V1 fields are (or the policy
 * lacks the V4 conditions), else V4.
 *
 * @example
 * detectVersion([{ name: 'OSSAccessKeyId', value: 'AK' }]) // 'v1'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function detectVersion(
  fields: readonly NamedValue[],
  policy?: PolicyDocument,
): SignatureVersion {
  const names = new Set(fields.map((f) => f.name.toLowerCase()));
  if (
    ['x-oss-signature-version', 'x-oss-credential', 'x-oss-signature', 'x-oss-date'].some((n) =>
      names.has(n),
    )
  ) {
    return 'v4';
  }
  if (names.has('ossaccesskeyid') || names.has('signature')) return 'v1';
  if (policy) {
    const v4 = policy.conditions.some((c) =>
      Array.isArray(c)
        ? typeof c[1] === 'string' && c[1].toLowerCase() === '$x-oss-signature-version'
        : Object.keys(c).some((k) => k.toLowerCase() === 'x-oss-signature-version'),
    );
    return v4 ? 'v4' : 'v1';
  }
  return 'v4';
}

/**
 * Completes an import: decodes the `policy` field, detects the version, keeps all problems.
 *
 * @example
 * finishImport('curl', [{ name: 'key', value: 'a' }], [], []).version // 'v4'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function finishImport(
  source: ImportSource,
  fields: NamedValue[],
  files: ImportedFile[],
  problems: Problem[],
  url?: string,
): ImportedForm {
  const policyField = fields.find((f) => f.name.toLowerCase() === 'policy');
  let policy: PolicyDocument | undefined;
  if (policyField) {
    const decoded = decodePolicy(policyField.value);
    if (decoded.ok) policy = decoded.value;
    else
      problems.push(...decoded.issues.map((issue) => ({ ...issue, path: issue.path ?? 'policy' })));
  }
  return {
    source,
    ...(url ? { url } : {}),
    fields,
    files,
    ...(policy ? { policy } : {}),
    version: detectVersion(fields, policy),
    problems,
  };
}
