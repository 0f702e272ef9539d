import { OSS_REFUSALS, type Verdict } from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';

/** An AccessKey pair: the one typed, or the one the sandbox checks. */
export interface AccessKeyPair {
  id: string;
  secret: string;
}

/**
 * What differs between the typed AccessKey and the one the sandbox will check: `'id'` (the
 * sandbox answers InvalidAccessKeyId), `'secret'` (same ID, SignatureDoesNotMatch), `'none'`, or
 * `null` when the page does not know the key OSS checks (a real bucket, or STS credentials, whose
 * temporary ID the sandbox issued and checks on its own).
 */
export type KeyDifference = 'id' | 'secret' | 'none' | null;

/** Compares the typed credentials with the sandbox's demo AccessKey (undefined: not known). */
export function compareKey(
  known: AccessKeyPair | undefined,
  credentials: BuilderValues['credentials'],
): KeyDifference {
  if (!known || credentials.securityToken.trim() !== '') return null;
  if (known.id !== credentials.accessKeyId.trim()) return 'id';
  return known.secret === credentials.accessKeySecret ? 'none' : 'secret';
}

/**
 * The dry run's verdict as the sandbox will answer it: the dry run signs and checks with the typed
 * key, so a key that is not the sandbox's would pass there; here it becomes the refusal the
 * sandbox (like OSS) answers, pointing at the one input that differs. The bar, the dry run section
 * and the field findings all read this one verdict.
 */
export function withKnownKey(
  verdict: Verdict | null,
  difference: KeyDifference,
  version: BuilderValues['credentials']['signatureVersion'],
): Verdict | null {
  if (!verdict?.ok || (difference !== 'id' && difference !== 'secret')) return verdict;
  const refusal =
    difference === 'id' ? OSS_REFUSALS.accessKeyUnknown : OSS_REFUSALS.signatureMismatch;
  const field =
    difference === 'id'
      ? version === 'v4'
        ? 'x-oss-credential'
        : 'OSSAccessKeyId'
      : version === 'v4'
        ? 'x-oss-signature'
        : 'Signature';
  return { ok: false, ...refusal, fields: [field] };
}

/** The credentials with the sandbox's demo AccessKey put back (the one-click fix). */
export function sandboxCredentials(
  known: AccessKeyPair,
  credentials: BuilderValues['credentials'],
): BuilderValues['credentials'] {
  return { ...credentials, accessKeyId: known.id, accessKeySecret: known.secret };
}
