import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('sandbox settings', () => {
  it('has demo defaults', () => {
    const read = readConfig([], {});
    expect(read.ok && read.config).toMatchObject({
      host: '127.0.0.1',
      port: 9100,
      bucket: 'examplebucket',
      region: 'cn-hangzhou',
      acl: 'private',
      allowPrivateCallback: false,
      dataDir: path.resolve('.sandbox-data'),
    });
  });

  it('reads flags in both spellings, and flags win over OSS_SANDBOX_* variables', () => {
    const read = readConfig(['--port=0', '--bucket', 'mybucket', '--allow-private-callback'], {
      OSS_SANDBOX_PORT: '9200',
      OSS_SANDBOX_REGION: 'us-west-1',
      OSS_SANDBOX_ACL: 'public-read-write',
    });
    expect(read.ok && read.config).toMatchObject({
      port: 0,
      bucket: 'mybucket',
      region: 'us-west-1',
      acl: 'public-read-write',
      allowPrivateCallback: true,
    });
  });

  it.each([
    [['--nope'], /Unknown argument "--nope"/],
    [['--port'], /--port needs a value/],
    [['--port', 'x'], /Bad --port/],
    [['--acl', 'open'], /Bad --acl/],
    [['--bucket', 'Bad_Bucket'], /Bad --bucket.*3-63/],
  ])('refuses %j with a message naming the flag', (argv, message) => {
    const read = readConfig(argv, {});
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });
});
