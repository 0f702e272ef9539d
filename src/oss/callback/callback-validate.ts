import { decodeBase64 } from '../formats/base64.ts';
import { isPrivateCallbackUrl } from './callback-address.ts';
import { encodeCallback } from './callback-encode.ts';
import { CALLBACK_MESSAGES } from './callback-messages.ts';
import type { NamedValue } from '../form/field-names.ts';
import type { CallbackSpec } from '../form/form-types.ts';
import { CALLBACK_BODY_TYPES, CALLBACK_MAX_BYTES, CALLBACK_MAX_URLS } from '../limits.ts';
import { fail, ok, type Problem, type Result } from '../result.ts';
import { sayFrom, type TextRef } from '../texts.ts';
import { CALLBACK_TEXTS } from './texts-en.ts';

const say = sayFrom(CALLBACK_TEXTS);

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

function problem(
  id: string,
  said: { message: string; text: TextRef },
  ossMessage: string,
): Problem {
  return { id, ...said, path: 'callback', oss: { code: 'InvalidArgument', message: ossMessage } };
}

/**
 * The callback's sentence for the Base64 error the decoder found in `input` at `cause.position`
 * (the length when it stopped at the end), one key per error, with the decoder's own English.
 */
// The decoder already said which Base64 fault it found (its `text`, e.g. formats.base64-padding):
// the callback sentence for the same fault wraps it, with the decoder's own values.
const BASE64_FAULTS = ['url-safe', 'padding', 'whitespace', 'char', 'length'] as const;
type Base64Fault = (typeof BASE64_FAULTS)[number];

function sayNotBase64(cause: Problem) {
  const fault = cause.text?.id.replace(/^formats\.base64-/, '') as Base64Fault | undefined;
  const params = { ...cause.text?.params, cause: cause.message } as never;
  return say(`not-base64.${fault && BASE64_FAULTS.includes(fault) ? fault : 'char'}`, params);
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
  return callbackVarNameProblem(name)?.message;
}

/**
 * The Problem (`callback.var-name`, at the field `name`) of a wrongly named `x:` callback variable,
 * with its text for the reader's language; undefined when the name is fine.
 *
 * @example
 * callbackVarNameProblem('x:my_var') // undefined
 * callbackVarNameProblem('x:MyVar')?.text
 * // { id: 'callback.var-name.lower-case', params: { name: 'x:MyVar', lower: 'x:myvar' } }
 * @see https://help.aliyun.com/en/oss/developer-reference/callback
 */
export function callbackVarNameProblem(name: string): Problem | undefined {
  const said =
    !name.startsWith('x:') || name.length <= 2
      ? say('var-name.prefix', { name })
      : name !== name.toLowerCase()
        ? say('var-name.lower-case', { name, lower: name.toLowerCase() })
        : undefined;
  return said && { id: 'callback.var-name', ...said, path: name };
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
        say('too-long', { length: callbackBase64.length, max: CALLBACK_MAX_BYTES }),
        CALLBACK_MESSAGES.tooLong,
      ),
    );
  }
  const bytes = decodeBase64(callbackBase64);
  const text = bytes.ok ? new TextDecoder('utf-8', { fatal: false }).decode(bytes.value) : '';
  if (!bytes.ok) {
    return fail(
      problem('callback.not-base64', sayNotBase64(bytes.issues[0]), CALLBACK_MESSAGES.notBase64),
    );
  }
  const json = readJson(text);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail(problem('callback.not-json', say('not-json'), CALLBACK_MESSAGES.notJson));
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
    return fail(problem('callback.url-missing', say('url-missing'), CALLBACK_MESSAGES.urlInvalid));
  }
  const urls = callbackUrl.split(';').filter((url) => url !== '');
  if (urls.length > CALLBACK_MAX_URLS) {
    return fail(
      problem(
        'callback.too-many-urls',
        say('too-many-urls', { count: urls.length, max: CALLBACK_MAX_URLS }),
        CALLBACK_MESSAGES.tooManyUrls,
      ),
    );
  }
  const privateUrl = options.allowPrivateAddresses ? undefined : urls.find(isPrivateCallbackUrl);
  if (privateUrl !== undefined) {
    return fail(
      problem(
        'callback.private-address',
        say('private-address', { url: privateUrl }),
        CALLBACK_MESSAGES.privateAddress,
      ),
    );
  }
  if (callbackHost !== undefined && typeof callbackHost !== 'string') {
    return fail(
      problem('callback.host-invalid', say('host-invalid'), CALLBACK_MESSAGES.hostInvalid),
    );
  }
  if (callbackBody === undefined || callbackBody === '') {
    return fail(problem('callback.body-empty', say('body-empty'), CALLBACK_MESSAGES.bodyEmpty));
  }
  if (typeof callbackBody !== 'string') {
    return fail(
      problem('callback.body-invalid', say('body-invalid'), CALLBACK_MESSAGES.bodyInvalid),
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
        say('body-type', { value: String(JSON.stringify(bodyType)) }),
        typeof bodyType === 'string'
          ? CALLBACK_MESSAGES.bodyTypeUnsupported
          : CALLBACK_MESSAGES.bodyTypeInvalid,
      ),
    );
  }
  const varIssues = vars.flatMap((v) => callbackVarNameProblem(v.name) ?? []);
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
