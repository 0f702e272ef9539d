// The OSS errors a malformed policy document causes (docs/oss-rules.md#policy-document; each EC has its page, ecDocUrl).
// Codes and the quoted messages are what OSS sends. OSS publishes EC pages for 0006-00000205…224 but
// not the Message text that goes with each; there we carry the documented InvalidPolicyDocument text
// closest to the case, and the EC is what identifies the error.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject

/** The OSS error named on a Problem: `{ code, message, ec? }`. */
export interface OssErrorRef {
  code: string;
  message: string;
  ec?: string;
}

const INVALID_POLICY = 'InvalidPolicyDocument';
const INVALID_JSON = 'Invalid Policy: Invalid JSON.';
const SIMPLE_CONDITION =
  'Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.';

/**
 * The OSS answer (HTTP 400) for each kind of policy problem.
 *
 * @example
 * POLICY_OSS_ERRORS.expirationMissing
 * // { code: 'InvalidPolicyDocument', message: 'Invalid Policy: Invalid JSON.', ec: '0006-00000208' }
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const POLICY_OSS_ERRORS = {
  /** Not JSON at all, or not Base64 of JSON. */
  invalidJson: { code: INVALID_POLICY, message: INVALID_JSON, ec: '0006-00000201' },
  /** The `policy` field is blank. */
  blank: { code: INVALID_POLICY, message: INVALID_JSON, ec: '0006-00000205' },
  expirationMissing: { code: INVALID_POLICY, message: INVALID_JSON, ec: '0006-00000208' },
  bothMissing: { code: INVALID_POLICY, message: INVALID_JSON, ec: '0006-00000209' },
  expirationNotString: { code: INVALID_POLICY, message: INVALID_JSON, ec: '0006-00000210' },
  expirationEmpty: { code: INVALID_POLICY, message: INVALID_JSON, ec: '0006-00000211' },
  expirationFormat: { code: INVALID_POLICY, message: INVALID_JSON, ec: '0006-00000212' },
  /** No conditions, or an object condition with other than one property. */
  simpleCondition: { code: INVALID_POLICY, message: SIMPLE_CONDITION },
  /** Non-integer or inverted `content-length-range` (real capture, trailing space included). */
  contentLengthRange: {
    code: INVALID_POLICY,
    message: 'Invalid Policy: Invalid JSON. ',
    ec: '0006-00000220',
  },
  /** A condition value of the wrong JSON type for its operator (e.g. `in` with a string). */
  valueType: { code: INVALID_POLICY, message: INVALID_JSON, ec: '0006-00000224' },
  /** A condition that is not an object or an array of a known operator. */
  badCondition: { code: INVALID_POLICY, message: INVALID_JSON, ec: '0006-00000201' },
} as const satisfies Record<string, OssErrorRef>;
