import {
  normalizeExpiration,
  type CallbackSpec,
  type PolicyCondition,
  type PostFormSpec,
  type SandboxTarget,
} from '../../oss/index.ts';
import type { BuilderValues } from './builder-schema.ts';
import { rowToCondition } from './condition-rows.ts';

const EXPIRATION_SECONDS = { minutes: 60, hours: 3600, days: 86400 } as const;

/** The expiration as the core takes it: seconds from now, or the user's ISO instant normalised. */
export function toExpiration(values: BuilderValues['expiration']): PostFormSpec['expiration'] {
  if (values.mode === 'absolute') {
    return normalizeExpiration(values.absolute) ?? values.absolute.trim();
  }
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

/** What the page knows beside the form's values, for the checks that compare with it. */
export interface SigningContext {
  /** The last STS answer's token and its expiration: used while that token is still the one typed. */
  sts?: { securityToken: string; expiration: string } | null;
  /** The sandbox beside this page (its bucket URL and demo AccessKey ID). */
  sandbox?: SandboxTarget | null;
}

/**
 * The condition rows that become policy conditions, by their place among the user's rows:
 * `producedRows(values)[i]` is the row of the spec's i-th user condition (incomplete rows are
 * dropped by `rowToCondition`, so a check's `conditionRow` counts only the complete ones).
 */
export function producedRows(values: Pick<BuilderValues, 'conditions'>): number[] {
  return values.conditions.flatMap((row, index) => (rowToCondition(row) === null ? [] : [index]));
}

/**
 * The form's values → the core's `PostFormSpec`. Region-mode targets leave `endpoint` out, so the
 * core builds `https://BUCKET.oss-REGION.aliyuncs.com`; the sandbox and custom domains pass theirs.
 * `context` adds the STS token's expiration (while it is the typed token) and the sandbox.
 */
export function toPostFormSpec(
  values: BuilderValues,
  now: Date,
  context: SigningContext = {},
): PostFormSpec {
  const { target, credentials } = values;
  const token = credentials.securityToken.trim();
  const tokenExpiration =
    token && context.sts?.securityToken.trim() === token ? context.sts.expiration : '';
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
      ...(tokenExpiration ? { securityTokenExpiration: tokenExpiration } : {}),
    },
    key: values.key,
    expiration: toExpiration(values.expiration),
    now,
    conditions,
    fields: values.fields
      .filter((field) => field.name.trim() !== '')
      .map((field) => ({ name: field.name.trim(), value: field.value })),
    ...(callback ? { callback } : {}),
    ...(context.sandbox
      ? {
          sandbox: {
            endpoint: context.sandbox.endpoint,
            accessKeyId: context.sandbox.accessKeyId,
          },
        }
      : {}),
  };
}
