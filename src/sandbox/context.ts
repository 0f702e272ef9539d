// What every route of one running sandbox shares.
import type { SandboxConfig } from './config.ts';
import type { CallbackSigner } from './callback.ts';
import type { CallbackLog } from './callback-log.ts';
import type { CorsConfiguration } from './cors.ts';
import type { ObjectStore } from './object-store.ts';
import type { StsIssuer } from './sts.ts';

export const SANDBOX_VERSION = '0.1.0';

export interface SandboxContext {
  config: SandboxConfig;
  store: ObjectStore;
  sts: StsIssuer;
  cors: { current: CorsConfiguration; custom: boolean };
  /** The RSA key pair callbacks are signed with (made at start; public key at CALLBACK_KEY_PATH). */
  callbackSigner: CallbackSigner;
  /** The last callbacks sent, for GET /__sandbox/callbacks. */
  callbackLog: CallbackLog;
  /** The port actually bound (port 0 asks for a free one). */
  port: number;
}

/** One request as the routes see it. */
export interface RequestTarget {
  bucket: string | undefined;
  key: string;
  query: URLSearchParams;
  /** `http://host:port/bucket` or `http://bucket.localhost:port`, as the client addressed it. */
  bucketUrl: string;
  hostId: string;
  requestId: string;
  /** The client's address, as OSS gives it to a callback (`${clientIp}`). */
  clientIp: string;
}
