// Callback rules: size, URL count and reachability, body, body type, x: names.
// https://help.aliyun.com/en/oss/developer-reference/callback
import { validateCallbackSpec } from '../callback/callback-validate.ts';
import { CALLBACK_DOC_URL } from '../limits.ts';
import type { CheckContext, CheckRule } from './rule.ts';
import { sayFrom } from '../texts.ts';
import { CHECKS_TEXTS } from './texts-en.ts';

const say = sayFrom(CHECKS_TEXTS);

type CallbackRuleId =
  | 'callback.too-long'
  | 'callback.too-many-urls'
  | 'callback.url'
  | 'callback.body'
  | 'callback.body-type'
  | 'callback.var-name';

/**
 * A rule over the callback's Problems. A finding's message is the Problem's (plus OSS's answer);
 * its text is the Problem's when the callback's validation gives one, else the rule's own.
 */
function callbackRule(id: CallbackRuleId, issueIds: string[]): CheckRule {
  return {
    id,
    severity: 'error',
    ...say(id),
    docUrl: CALLBACK_DOC_URL,
    fields: ['callback'],
    find: (context: CheckContext) =>
      context.callback
        ? validateCallbackSpec(context.callback)
            .filter((issue) => issueIds.includes(issue.id))
            .map((issue) => ({
              message: issue.oss
                ? CHECKS_TEXTS['callback.refused']({
                    problem: issue.message,
                    answer: issue.oss.message,
                  })
                : issue.message,
              ...(issue.text ? { text: issue.text } : {}),
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
  callbackRule('callback.too-long', ['callback.too-long']),
  callbackRule('callback.too-many-urls', ['callback.too-many-urls']),
  callbackRule('callback.url', ['callback.url-missing', 'callback.private-address']),
  callbackRule('callback.body', ['callback.body-empty', 'callback.body-invalid']),
  callbackRule('callback.body-type', ['callback.body-type']),
  callbackRule('callback.var-name', ['callback.var-name']),
];
