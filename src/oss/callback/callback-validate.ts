import { decodeBase64 } from '../formats/base64.ts';
import { isPrivateCallbackUrl } from './callback-address.ts';
import { encodeCallback } from './callback-encode.ts';
import { CALLBACK_MESSAGES } from './callback-messages.ts';
import type { NamedValue } from '../form/field-names.ts';
import type { CallbackSpec } from '../form/form-types.ts';
import { CALLBACK_BODY_TYPES, CALLBACK_MAX_BYTES, CALLBACK_MAX_URLS } from '../limits.ts';
import { fail, ok, type Problem, type Result } from '../result.ts';

/**
 * A callback as OSS reads it from the `callback` field.
 *
 * @example const cb: DecodedCallback = { urls: ['https://a.example/cb'], body: 'o=${object}', bodyType: 'application/json' };
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export interface DecodedCallback {
  urls: string[];
  host?: string;
  body: string;
  bodyType: string;
}

function problem(id: string, message: string, ossMessage: string): Problem {
  return { id, message, path: 'callback', oss: { code: 'InvalidArgument', message: ossMessage } };
}

/**
 * Why an `x:` callback variable name is wrong, or undefined when it is fine: names start with `x:`
 * and are lower case.
 *
 * @example
 * checkCallbackVarName('x:my_var') // undefined
 * checkCallbackVarName('x:MyVar') // 'The callback variable "x:MyVar" must be lower case: rename it "x:myvar" …'
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export function checkCallbackVarName(name: string): string | undefined {
  if (!name.startsWith('x:') || name.length <= 2) {
    return `The callback variable "${name}" must start with "x:" followed by a name, e.g. "x:my_var".`;
  }
  if (name !== name.toLowerCase()) {
    return `The callback variable "${name}" must be lower case: rename it "${name.toLowerCase()}" here and in the callback body.`;
  }
  return undefined;
}

function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** How strictly to read a callback: OSS refuses private addresses; a local test server needs them. */
export interface CallbackValidationOptions {
  allowPrivateAddresses?: boolean;
}

/**
 * Reads the `callback` field as OSS does and returns the decoded callback, or issues carrying OSS's
 * InvalidArgument answer (`oss`). `vars` are the `x:` fields sent beside it; a wrongly named one is an
 * issue without `oss` (OSS does not document its answer). Never throws.
 *
 * @example
 * validateCallback(encodeCallback({ urls: ['https://a.example/cb'], body: 'o=${object}' }))
 * // { ok: true, value: { urls: ['https://a.example/cb'], body: 'o=${object}', bodyType: 'application/x-www-form-urlencoded' } }
 * validateCallback('%%%').issues[0].oss // { code: 'InvalidArgument', message: 'The callback configuration is not base64 encoded.' }
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export function validateCallback(
  callbackBase64: string,
  vars: readonly NamedValue[] = [],
  options: CallbackValidationOptions = {},
): Result<DecodedCallback> {
  if (callbackBase64.length > CALLBACK_MAX_BYTES) {
    return fail(
      problem(
        'callback.too-long',
        `The Base64 callback is ${callbackBase64.length} bytes; OSS allows ${CALLBACK_MAX_BYTES}. Shorten the callback body or URLs.`,
        CALLBACK_MESSAGES.tooLong,
      ),
    );
  }
  const bytes = decodeBase64(callbackBase64);
  const text = bytes.ok ? new TextDecoder('utf-8', { fatal: false }).decode(bytes.value) : '';
  if (!bytes.ok) {
    return fail(
      problem(
        'callback.not-base64',
        `The callback field is not Base64: ${bytes.issues[0].message} Send Base64 of the callback JSON.`,
        CALLBACK_MESSAGES.notBase64,
      ),
    );
  }
  const json = readJson(text);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail(
      problem(
        'callback.not-json',
        'The callback decodes to something that is not a JSON object; it must be {"callbackUrl": …, "callbackBody": …}.',
        CALLBACK_MESSAGES.notJson,
      ),
    );
  }
  return readCallbackObject(json as Record<string, unknown>, vars, options);
}

function readCallbackObject(
  json: Record<string, unknown>,
  vars: readonly NamedValue[],
  options: CallbackValidationOptions,
): Result<DecodedCallback> {
  const { callbackUrl, callbackHost, callbackBody, callbackBodyType } = json;
  if (typeof callbackUrl !== 'string' || callbackUrl.trim() === '') {
    return fail(
      problem(
        'callback.url-missing',
        'The callback has no callbackUrl; add the URL OSS should call after the upload.',
        CALLBACK_MESSAGES.urlInvalid,
      ),
    );
  }
  const urls = callbackUrl.split(';').filter((url) => url !== '');
  if (urls.length > CALLBACK_MAX_URLS) {
    return fail(
      problem(
        'callback.too-many-urls',
        `The callback names ${urls.length} URLs; OSS tries at most ${CALLBACK_MAX_URLS}. Remove some.`,
        CALLBACK_MESSAGES.tooManyUrls,
      ),
    );
  }
  const privateUrl = options.allowPrivateAddresses ? undefined : urls.find(isPrivateCallbackUrl);
  if (privateUrl !== undefined) {
    return fail(
      problem(
        'callback.private-address',
        `OSS cannot call "${privateUrl}": it is a private or loopback address. Use a publicly reachable callback server.`,
        CALLBACK_MESSAGES.privateAddress,
      ),
    );
  }
  if (callbackHost !== undefined && typeof callbackHost !== 'string') {
    return fail(
      problem(
        'callback.host-invalid',
        'callbackHost must be a host name string, e.g. "example.com".',
        CALLBACK_MESSAGES.hostInvalid,
      ),
    );
  }
  if (callbackBody === undefined || callbackBody === '') {
    return fail(
      problem(
        'callback.body-empty',
        'The callback has no callbackBody; add one, e.g. "bucket=${bucket}&object=${object}".',
        CALLBACK_MESSAGES.bodyEmpty,
      ),
    );
  }
  if (typeof callbackBody !== 'string') {
    return fail(
      problem(
        'callback.body-invalid',
        'callbackBody must be a string.',
        CALLBACK_MESSAGES.bodyInvalid,
      ),
    );
  }
  const bodyType = callbackBodyType ?? CALLBACK_BODY_TYPES[0];
  if (
    typeof bodyType !== 'string' ||
    !(CALLBACK_BODY_TYPES as readonly string[]).includes(bodyType)
  ) {
    return fail(
      problem(
        'callback.body-type',
        `callbackBodyType ${JSON.stringify(bodyType)} is not supported; use ${CALLBACK_BODY_TYPES.join(' or ')}.`,
        typeof bodyType === 'string'
          ? CALLBACK_MESSAGES.bodyTypeUnsupported
          : CALLBACK_MESSAGES.bodyTypeInvalid,
      ),
    );
  }
  const varIssues = vars.flatMap((v): Problem[] => {
    const why = checkCallbackVarName(v.name);
    return why ? [{ id: 'callback.var-name', message: why, path: v.name }] : [];
  });
  if (varIssues.length > 0) return fail(...varIssues);
  return ok({
    urls,
    ...(typeof callbackHost === 'string' && callbackHost !== '' ? { host: callbackHost } : {}),
    body: callbackBody,
    bodyType,
  });
}

/**
 * Every problem of a callback the builder is about to send: encodes it and reads it back as OSS
 * would, plus each `x:` variable name.
 *
 * @example
 * validateCallbackSpec({ urls: ['http://10.0.0.1/cb'], body: 'o=${object}' })[0].id // 'callback.private-address'
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export function validateCallbackSpec(spec: CallbackSpec): Problem[] {
  const vars = Object.entries(spec.vars ?? {}).map(([name, value]) => ({ name, value }));
  const result = validateCallback(encodeCallback(spec), vars);
  return result.ok ? [] : result.issues;
}
