import type { Check } from '../check-types.ts';
import type { PolicyCondition, PolicyDocument } from '../policy/policy-types.ts';

/** `v4` is OSS4-HMAC-SHA256 (the default); `v1` is legacy HMAC-SHA1. */
export type SignatureVersion = 'v4' | 'v1';

export interface Credentials {
  accessKeyId: string;
  /** Held in memory only; never in a URL, storage, snippet, log or request. */
  accessKeySecret: string;
  /** STS SecurityToken; sent as `x-oss-security-token` and pinned in the policy. */
  securityToken?: string;
  /** When the STS token expires (ISO 8601), if the caller knows it; a check compares it with the policy's expiration. */
  securityTokenExpiration?: string;
}

/** The local sandbox the caller knows of: its bucket URL and its demo AccessKey ID. */
export interface SandboxTarget {
  /** e.g. `http://127.0.0.1:9100/examplebucket`. */
  endpoint: string;
  /** The demo AccessKey ID anyone running the sandbox knows. */
  accessKeyId: string;
}

/** Where the form posts. Without `endpoint`, `https://BUCKET.oss-REGION.aliyuncs.com`. */
export interface PostTarget {
  bucket: string;
  /** `cn-hangzhou` or `oss-cn-hangzhou`; the V4 scope uses it without `oss-`. */
  region: string;
  /** A custom domain or the sandbox URL, e.g. `http://127.0.0.1:9100/examplebucket`. */
  endpoint?: string;
}

/** Callback settings (docs/oss-rules.md#callback), Base64-encoded into the `callback` field. */
export interface CallbackSpec {
  /** Up to 5 URLs, tried in order. */
  urls: string[];
  host?: string;
  /** e.g. `bucket=${bucket}&object=${object}&size=${size}&my=${x:my}` */
  body: string;
  bodyType?: 'application/x-www-form-urlencoded' | 'application/json';
  /** `x:` variables, each its own form field: `{ 'x:my': 'value' }`. */
  vars?: Record<string, string>;
}

/** An extra form field in the user's order (Content-Type, x-oss-meta-*, success_action_status …). */
export interface FieldSpec {
  name: string;
  value: string;
}

/** Everything needed to build one signed PostObject form. */
export interface PostFormSpec {
  target: PostTarget;
  /** Default `v4`. */
  signatureVersion?: SignatureVersion;
  credentials: Credentials;
  /** The object key; may contain `${filename}`. */
  key: string;
  /** An ISO 8601 instant, or seconds from `now`. */
  expiration: string | { secondsFromNow: number };
  /** The signing instant (`x-oss-date`); defaults to the current time. */
  now?: Date;
  /** The user's conditions, placed after the ones the builder adds (bucket, V4 fields, token). */
  conditions?: PolicyCondition[];
  /** Optional form fields, sent after the auth fields in this order. */
  fields?: FieldSpec[];
  callback?: CallbackSpec;
  /** The sandbox the caller knows of; a check warns when its demo AccessKey is kept for another target. */
  sandbox?: SandboxTarget;
}

/** One entry of the form in send order; the last one is the file's place. */
export type FormEntry =
  | { kind: 'field'; name: string; value: string; why: string }
  | { kind: 'file'; name: 'file'; why: string };

/** The whole signed form, ready to post. */
export interface PostForm {
  url: string;
  version: SignatureVersion;
  /** `key` first … `file` last (the file's place, not its bytes). */
  fields: FormEntry[];
  policy: PolicyDocument;
  /** The exact JSON text that was Base64-encoded. */
  policyJson: string;
  /** The exact Base64 that was signed and is sent in `policy`. */
  policyBase64: string;
  /** V1: Base64 HMAC-SHA1; V4: lower-case hex HMAC-SHA256. Empty when it could not be computed. */
  signature: string;
  /** V4 only: `AK/YYYYMMDD/region/oss/aliyun_v4_request`. */
  credential?: string;
  /** V4 only: `YYYYMMDDTHHMMSSZ`. */
  date?: string;
  /** Every finding of the limit checks and the policy ⇄ form lint. */
  checks: Check[];
}
