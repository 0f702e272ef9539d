// The probe's own sandbox, in-process: the bucket the policy names and a second one of the same
// account (for `other-bucket`), a callback server standing in for "another server", a fresh key,
// all on free loopback ports, with the data in a temp folder removed on close.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  pinnedBucket,
  policyRegion,
  PROBE_OTHER_BUCKET,
  type PolicyDocument,
  type ProbeTarget,
} from '../../oss/index.ts';
import { configWith, type SandboxConfig } from '../config.ts';
import { sandboxEndpoints, sandboxOrigin } from '../routes/sandbox-api.ts';
import { startSandbox, type RunningSandbox } from '../server.ts';
import { createHttpTarget, PROBE_POST_MAX_BYTES } from './http-target.ts';

export interface ProbeSandbox {
  target: ProbeTarget;
  close: () => Promise<void>;
}

/** A server that answers every callback with 200 and a small JSON body, as a real app would. */
async function startCallbackServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"received":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}/another-server` };
}

/** The default bucket when a policy names none (the sandbox's own default). */
const DEFAULT_BUCKET = 'examplebucket';

/**
 * Starts the sandboxes and the callback server for one probe of `policy`. Callbacks to loopback
 * are allowed here (OSS refuses private addresses; this "other server" is local by design).
 */
export async function startProbeSandbox(policy: PolicyDocument): Promise<ProbeSandbox> {
  const dataRoot = mkdtempSync(path.join(tmpdir(), 'oss-policy-probe-'));
  const bucket = pinnedBucket(policy) ?? DEFAULT_BUCKET;
  const otherBucket = bucket === PROBE_OTHER_BUCKET ? `${bucket}-2` : PROBE_OTHER_BUCKET;
  const region = policyRegion(policy) ?? 'cn-hangzhou';
  const key = {
    accessKeyId: `LTAI5tProbe${randomBytes(6).toString('hex')}`,
    accessKeySecret: randomBytes(18).toString('base64url'),
  };
  const config = (name: string): SandboxConfig =>
    configWith({
      port: 0,
      dataDir: path.join(dataRoot, name),
      bucket: name,
      region,
      accessKeyId: key.accessKeyId,
      accessKeySecret: key.accessKeySecret,
      allowPrivateCallback: true,
    });
  const running: RunningSandbox[] = [];
  const callback = await startCallbackServer();
  const close = async () => {
    await Promise.all(running.map((sandbox) => sandbox.close()));
    await new Promise<void>((resolve) => {
      callback.server.close(() => resolve());
      callback.server.closeAllConnections();
    });
    rmSync(dataRoot, { recursive: true, force: true });
  };
  try {
    running.push(await startSandbox(config(bucket)));
    running.push(await startSandbox(config(otherBucket)));
  } catch (error) {
    await close();
    throw error;
  }
  const urls = new Map(
    running.map((s) => [s.context.config.bucket, sandboxEndpoints(s.context).pathStyle]),
  );
  const target = createHttpTarget({
    kind: 'sandbox',
    bucket,
    region,
    key,
    bucketUrl: (name) => urls.get(name) ?? `${sandboxOrigin(running[0].context)}/${name}`,
    otherBucket,
    callbackUrl: callback.url,
    maxPostBytes: PROBE_POST_MAX_BYTES,
  });
  return { target, close };
}
