// Callback rules: size, URL count and reachability, body, body type, x: names.
// https://help.aliyun.com/en/oss/developer-reference/callback
import { validateCallbackSpec } from '../callback/callback-validate.ts';
import { CALLBACK_DOC_URL } from '../limits.ts';
import type { CheckContext, CheckRule } from './rule.ts';

function callbackRule(id: string, message: string, issueIds: string[]): CheckRule {
  return {
    id,
    severity: 'error',
    message,
    docUrl: CALLBACK_DOC_URL,
    fields: ['callback'],
    find: (context: CheckContext) =>
      context.callback
        ? validateCallbackSpec(context.callback)
            .filter((issue) => issueIds.includes(issue.id))
            .map((issue) => ({
              message: issue.oss
                ? `${issue.message} OSS answers "${issue.oss.message}"`
                : issue.message,
              fields: issue.id === 'callback.var-name' && issue.path ? [issue.path] : ['callback'],
            }))
        : [],
  };
}

/**
 * Callback rules, one per OSS refusal.
 *
 * @example runRules(CALLBACK_RULES, context).map((c) => c.id) // e.g. ['callback.url']
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export const CALLBACK_RULES: CheckRule[] = [
  callbackRule('callback.too-long', 'The Base64 callback is larger than 5 KB.', [
    'callback.too-long',
  ]),
  callbackRule('callback.too-many-urls', 'The callback names more than 5 URLs.', [
    'callback.too-many-urls',
  ]),
  callbackRule('callback.url', 'The callback URL is missing or not reachable by OSS.', [
    'callback.url-missing',
    'callback.private-address',
  ]),
  callbackRule('callback.body', 'The callback body is empty or not text.', [
    'callback.body-empty',
    'callback.body-invalid',
  ]),
  callbackRule('callback.body-type', 'The callback body type is not supported.', [
    'callback.body-type',
  ]),
  callbackRule(
    'callback.var-name',
    'A callback variable name does not start with "x:" or is not lower case.',
    ['callback.var-name'],
  ),
];
