// Shared by the policy rules: a Problem naming its OSS error, and a short description of a JSON value.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import type { OssErrorRef } from './policy-oss-errors.ts';
import { jsonValueParams, showValueEn } from './texts-en.ts';
import type { Problem } from '../result.ts';
import type { TextRef } from '../texts.ts';

/**
 * A policy Problem: stable id, what is wrong and how to fix it, where, and the OSS error.
 *
 * @example
 * policyProblem('policy.expiration.empty', say('expiration-empty', { example }), 'expiration', POLICY_OSS_ERRORS.expirationEmpty)
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function policyProblem(
  id: string,
  said: string | { message: string; text: TextRef },
  path: string,
  oss: OssErrorRef,
): Problem {
  const words = typeof said === 'string' ? { message: said } : said;
  return { id, ...words, path, oss: { ...oss } };
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
  return showValueEn(jsonValueParams(value));
}
