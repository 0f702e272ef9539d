import type { PolicyCondition } from '../policy/policy-types.ts';
import type { SignatureVersion } from '../form/form-types.ts';
import type { OssAccount } from '../form/account-rules.ts';

/** A part of the multipart body as received, in order. */
export type PostPart =
  | { name: string; value: string }
  | { name: string; file: { filename: string; size: number; contentType: string } };

/** A known AccessKey of the bucket's account (permanent, or STS with token and expiry). */
export interface KnownAccessKey {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  expiresAt?: Date;
}

export type BucketAcl = 'private' | 'public-read' | 'public-read-write';

/** Signature computed by the caller (the sandbox uses node:crypto, the page may skip it). */
export type SyncSigner = (input: {
  version: SignatureVersion;
  policyBase64: string;
  accessKeySecret: string;
  /** V4: the credential's `YYYYMMDD`. */
  date?: string;
  /** V4: the credential's region. */
  region?: string;
}) => string;

export interface EvaluateInput {
  /** The request's Content-Type header. */
  contentType: string;
  parts: PostPart[];
  bucket: {
    name: string;
    region: string;
    acl: BucketAcl;
    objectExists?: (key: string) => boolean;
  };
  lookupAccessKey: (accessKeyId: string) => KnownAccessKey | undefined;
  now: Date;
  /**
   * The account the bucket belongs to. Without it no dated rule applies (an older account: V1 and
   * default endpoints work); with it V1 and the mainland default public endpoint follow its days.
   */
  account?: OssAccount;
  /** The request's Host header, for the default-public-endpoint rule. */
  host?: string;
  /** Accept callback URLs on private or loopback addresses (OSS refuses them; local testing needs them). */
  allowPrivateCallback?: boolean;
  /** Without it the signature is not checked (a dry run of a form the page signed itself). */
  sign?: SyncSigner;
}

/** What OSS stores and answers for an accepted post. */
export interface Accepted {
  ok: true;
  status: 200 | 201 | 204 | 303;
  /** The key after `${filename}` expansion. */
  key: string;
  redirect?: string;
  object: {
    contentType: string;
    headers: Record<string, string>;
    meta: Record<string, string>;
    acl?: string;
    storageClass?: string;
    serverSideEncryption?: string;
  };
  /** Decoded callback JSON and the `x:` variables, when a callback was sent. */
  callback?: {
    urls: string[];
    host?: string;
    body: string;
    bodyType: string;
    vars: Record<string, string>;
  };
}

/** OSS's refusal, as it answers it. */
export interface Rejected {
  ok: false;
  status: number;
  code: string;
  message: string;
  ec?: string;
  /** The form fields concerned. */
  fields: string[];
  /** The failing condition, for AccessDenied "Invalid according to Policy". */
  condition?: PolicyCondition;
  /** Extra elements OSS adds to the error body (e.g. StringToSign, OSSAccessKeyId). */
  extra?: Record<string, string>;
}

export type Verdict = Accepted | Rejected;
