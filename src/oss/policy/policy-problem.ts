// Shared by the policy rules: a Problem naming its OSS error, and a short description of a JSON value.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import type { OssErrorRef } from './policy-oss-errors.ts';
import type { Problem } from '../result.ts';

/**
 * A policy Problem: stable id, what is wrong and how to fix it, where, and the OSS error.
 *
 * @example
 * policyProblem('policy.expiration.empty', '"expiration" is empty; …', 'expiration', POLICY_OSS_ERRORS.expirationEmpty)
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function policyProblem(
  id: string,
  message: string,
  path: string,
  oss: OssErrorRef,
): Problem {
  return { id, message, path, oss: { ...oss } };
}

/**
 * How a JSON value reads in a message.
 *
 * @example
 * describeJsonValue('1024') // 'the string "1024"'
 * describeJsonValue(null)   // 'null'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${String(value)}`;
}
