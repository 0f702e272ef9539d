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
  const callbackUrls = values.callbackUrl
    .split(/[;\s]+/)
    .map((url) => url.trim())
    .filter((url) => url !== '');
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
    ...(callbackUrls.length > 0
      ? {
          callback: {
            urls: callbackUrls,
            body: values.callbackBody,
            ...(values.callbackHost?.trim() ? { host: values.callbackHost.trim() } : {}),
            ...(values.callbackBodyType
              ? { bodyType: values.callbackBodyType as CallbackSpec['bodyType'] }
              : {}),
          },
        }
      : {}),
  };
}
