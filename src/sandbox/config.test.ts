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

  it('plays an older account unless told, binds custom domains from repeated flags or a comma list', () => {
    const plain = readConfig([], {});
    expect(plain.ok && [plain.config.accountCreated, plain.config.cname]).toEqual([
      '2024-01-01',
      [],
    ]);
    const flags = readConfig(
      [
        '--account-created',
        '2026-01-15',
        '--cname',
        'Uploads.Example.com',
        '--cname=cdn.example.org',
      ],
      { OSS_SANDBOX_CNAME: 'ignored.example.net' },
    );
    expect(flags.ok && [flags.config.accountCreated, flags.config.cname]).toEqual([
      '2026-01-15',
      ['uploads.example.com', 'cdn.example.org'],
    ]);
    const env = readConfig([], {
      OSS_SANDBOX_ACCOUNT_CREATED: '2025-03-20',
      OSS_SANDBOX_CNAME: 'a.example.com, b.example.com',
    });
    expect(env.ok && [env.config.accountCreated, env.config.cname]).toEqual([
      '2025-03-20',
      ['a.example.com', 'b.example.com'],
    ]);
  });

  it.each([
    [['--account-created', '2026-13-01'], /Bad --account-created.*YYYY-MM-DD/],
    [['--cname', 'https://uploads.example.com/'], /Bad --cname.*domain name/],
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
