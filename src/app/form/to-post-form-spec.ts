import type { CallbackSpec, PolicyCondition, PostFormSpec } from '../../oss/index.ts';
import type { BuilderValues } from './builder-schema.ts';
import { rowToCondition } from './condition-rows.ts';

const EXPIRATION_SECONDS = { minutes: 60, hours: 3600, days: 86400 } as const;

/** The expiration as the core takes it: seconds from now, or the user's ISO instant. */
export function toExpiration(values: BuilderValues['expiration']): PostFormSpec['expiration'] {
  if (values.mode === 'absolute') return values.absolute.trim();
  const amount = Number.isFinite(values.amount) ? values.amount : 0;
  return { secondsFromNow: Math.round(amount * EXPIRATION_SECONDS[values.unit]) };
}

/** The form's callback part, as read by the signer and the callback editor's checks. */
export type CallbackValues = Pick<
  BuilderValues,
  'callbackUrl' | 'callbackBody' | 'callbackHost' | 'callbackBodyType'
>;

/**
 * The form's callback as the core's `CallbackSpec` (without its `x:` variables, which travel as
 * ordinary form fields), or undefined when no URL is set. URLs are split on `;` or white space.
 */
export function toCallbackSpec(values: CallbackValues): CallbackSpec | undefined {
  const urls = values.callbackUrl
    .split(/[;\s]+/)
    .map((url) => url.trim())
    .filter((url) => url !== '');
  if (urls.length === 0) return undefined;
  return {
    urls,
    body: values.callbackBody,
    ...(values.callbackHost?.trim() ? { host: values.callbackHost.trim() } : {}),
    ...(values.callbackBodyType
      ? { bodyType: values.callbackBodyType as CallbackSpec['bodyType'] }
      : {}),
  };
}

/**
 * The form's values → the core's `PostFormSpec`. Region-mode targets leave `endpoint` out, so the
 * core builds `https://BUCKET.oss-REGION.aliyuncs.com`; the sandbox and custom domains pass theirs.
 */
export function toPostFormSpec(values: BuilderValues, now: Date): PostFormSpec {
  const { target, credentials } = values;
  const token = credentials.securityToken.trim();
  const conditions = values.conditions
    .map(rowToCondition)
    .filter((c): c is PolicyCondition => c !== null);
  const callback = toCallbackSpec(values);
  return {
    target: {
      bucket: target.bucket.trim(),
      region: target.region.trim(),
      ...(target.mode === 'region' ? {} : { endpoint: target.endpoint.trim() }),
    },
    signatureVersion: credentials.signatureVersion,
    credentials: {
      accessKeyId: credentials.accessKeyId.trim(),
      accessKeySecret: credentials.accessKeySecret,
      ...(token ? { securityToken: token } : {}),
    },
    key: values.key,
    expiration: toExpiration(values.expiration),
    now,
    conditions,
    fields: values.fields
      .filter((field) => field.name.trim() !== '')
      .map((field) => ({ name: field.name.trim(), value: field.value })),
    ...(callback ? { callback } : {}),
  };
}
