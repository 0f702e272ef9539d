// Steps 9–10 of OSS's verdict and the accepted result: the expanded key's name rules, the object
// field values, the callback, overwrite protection; then what OSS stores and answers.
import { validateCallback } from '../callback/callback-validate.ts';
import { canonicalFieldName } from '../form/field-names.ts';
import {
  DEFAULT_OBJECT_CONTENT_TYPE,
  DEFAULT_SUCCESS_STATUS,
  SUCCESS_ACTION_STATUSES,
} from '../limits.ts';
import {
  KMS_KEY_RULE,
  SIZE_LIMITS,
  findValueBreach,
  isUserMetaField,
  kmsKeyWithoutKms,
  userMetaBytes,
} from '../form/field-rules.ts';
import { expandObjectKey, validateObjectKey } from '../form/object-key.ts';
import type { Accepted, EvaluateInput, Rejected } from './verdict-types.ts';
import { OSS_REFUSALS, reject } from './messages.ts';
import type { RequestView } from './read-request.ts';

const STORED_HEADERS = ['Cache-Control', 'Content-Disposition', 'Content-Encoding', 'Expires'];

function callbackVars(view: RequestView) {
  return view.fields.filter((f) => f.name.toLowerCase().startsWith('x:'));
}

/**
 * Steps 9–10 and acceptance: the expanded key, the object field values, the callback, overwrite
 * protection; then the status, stored headers, metadata and callback of the accepted upload.
 *
 * @example
 * acceptObject(view, input) // { ok: true, status: 204, key: 'user/cat.png', object: { … } } or a Rejected
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export function acceptObject(view: RequestView, input: EvaluateInput): Accepted | Rejected {
  const value = (name: string) => view.field(name)?.value;
  const key = expandObjectKey(value('key') ?? '', view.file.filename);
  const named = validateObjectKey(key);
  if (!named.ok) {
    const oss = named.issues[0].oss ?? OSS_REFUSALS.internal;
    return reject({ status: 400, code: oss.code, message: oss.message }, ['key']);
  }
  // The value and size rules are the records the checks and the page read (form/field-rules.ts).
  const breach = findValueBreach(view.field);
  if (breach) return reject(breach.rule.oss, [breach.rule.field]);
  if (kmsKeyWithoutKms(view.field)) return reject(KMS_KEY_RULE.oss, [...KMS_KEY_RULE.fields]);
  if (userMetaBytes(view.fields) > SIZE_LIMITS.userMeta.max) {
    const meta = view.fields.filter((f) => isUserMetaField(f.name)).map((f) => f.name);
    return reject(SIZE_LIMITS.userMeta.oss, meta);
  }
  const callbackField = value('callback');
  const callback =
    callbackField === undefined
      ? undefined
      : validateCallback(callbackField, [], {
          allowPrivateAddresses: input.allowPrivateCallback === true,
        });
  if (callback && !callback.ok && callback.issues[0].oss) {
    const oss = callback.issues[0].oss;
    return reject({ status: 400, code: oss.code, message: oss.message }, ['callback']);
  }
  if (value('x-oss-forbid-overwrite') === 'true' && input.bucket.objectExists?.(key)) {
    return reject(OSS_REFUSALS.fileExists, ['key', 'x-oss-forbid-overwrite']);
  }
  return accepted(view, key, callback?.ok ? callback.value : undefined);
}

function accepted(
  view: RequestView,
  key: string,
  callback: { urls: string[]; host?: string; body: string; bodyType: string } | undefined,
): Accepted {
  const value = (name: string) => view.field(name)?.value;
  const redirect = value('success_action_redirect');
  const statusText = value('success_action_status') ?? '';
  const status = redirect
    ? 303
    : (SUCCESS_ACTION_STATUSES as readonly string[]).includes(statusText)
      ? (Number(statusText) as 200 | 201 | 204)
      : DEFAULT_SUCCESS_STATUS;
  const contentType =
    [value('x-oss-content-type'), value('Content-Type'), view.file.contentType].find(
      (type) => type !== undefined && type !== '',
    ) ?? DEFAULT_OBJECT_CONTENT_TYPE;
  const headers: Record<string, string> = {};
  for (const name of STORED_HEADERS) {
    const sent = value(name);
    if (sent !== undefined) headers[name] = sent;
  }
  const meta: Record<string, string> = {};
  for (const field of view.fields) {
    const lower = field.name.toLowerCase();
    if (isUserMetaField(lower) && !(lower in meta)) meta[lower] = field.value;
  }
  const acl = value('x-oss-object-acl');
  const storageClass = value('x-oss-storage-class');
  const sse = value('x-oss-server-side-encryption');
  return {
    ok: true,
    status,
    key,
    ...(redirect ? { redirect } : {}),
    object: {
      contentType,
      headers,
      meta,
      ...(acl !== undefined ? { acl } : {}),
      ...(storageClass !== undefined ? { storageClass } : {}),
      ...(sse !== undefined ? { serverSideEncryption: sse } : {}),
    },
    ...(callback
      ? {
          callback: {
            ...callback,
            vars: Object.fromEntries(
              callbackVars(view).map((f) => [canonicalFieldName(f.name), f.value]),
            ),
          },
        }
      : {}),
  };
}
