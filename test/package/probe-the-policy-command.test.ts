// `oss-sandbox probe` as users install it (npm pack, then npm install --omit=dev of the tarball, as
// install-the-sandbox-command.test.ts does): the exit status (0 no hole, 1 a hole, 2 bad input),
// the --json report, one sentence for each kind of bad input, and the three targets (its own
// sandbox, a "real bucket" and a signing server, both played by a sandbox process here).
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackedSandbox, PLAIN_ENV, type PackedInstall } from './install-packed.ts';
import { closedPolicy, openPolicy } from '../../src/oss/fixtures/probe-policies.ts';
import { encodeUtf8Base64, PROBE_IDS, signProbeFields } from '../../src/oss/index.ts';
import {
  startSandboxProcess,
  type SandboxProcess,
} from '../../src/sandbox/test-support/start-sandbox.ts';

let work: string;
let app: string;
let bin: string;

/** Runs the installed `oss-sandbox probe ARGS` with `input` on standard input. */
function probe(
  args: string[],
  input = '',
  env: Record<string, string | undefined> = PLAIN_ENV,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(bin, ['probe', ...args], { cwd: app, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

function file(name: string, text: string): string {
  const full = path.join(work, name);
  writeFileSync(full, text);
  return full;
}

const probeDirs = () =>
  readdirSync(tmpdir()).filter((name) => name.startsWith('oss-policy-probe-'));

let packed: PackedInstall | undefined;

beforeAll(async () => {
  packed = await installPackedSandbox('oss-probe-pack-');
  ({ work, app, bin } = packed);
}, 240_000);

afterAll(() => packed?.remove());

describe('`oss-sandbox probe` from the packed package', () => {
  it('exits 1 on a policy with holes, prints a table with grade F, and leaves no data', async () => {
    const before = probeDirs();
    const answer = await probe(['--policy', file('open.json', JSON.stringify(openPolicy()))]);
    expect(answer.code, answer.stderr).toBe(1);
    expect(answer.stdout).toMatch(
      /^Policy probe: grade F \(target: sandbox; 13 holes of 13 probes\)/,
    );
    for (const id of PROBE_IDS) expect(answer.stdout).toContain(id);
    expect(answer.stdout).toMatch(/fix html-content-type: Add \["in", "\$content-type"/);
    expect(probeDirs().filter((name) => !before.includes(name))).toEqual([]);
  });

  it('exits 0 on the closed policy, read as Base64 from standard input, with the --json report', async () => {
    const base64 = encodeUtf8Base64(JSON.stringify(closedPolicy()));
    const answer = await probe(['--policy', '-', '--json'], base64);
    expect(answer.code, answer.stderr).toBe(0);
    const report = JSON.parse(answer.stdout) as {
      grade: string;
      probes: {
        id: string;
        title: string;
        sent: string;
        expected: string;
        answer: unknown;
        outcome: string;
        fix: unknown;
      }[];
    };
    expect(report.grade).toBe('A');
    expect(report.probes.map((p) => p.id)).toEqual([...PROBE_IDS]);
    const acl = report.probes.find((p) => p.id === 'public-acl');
    expect(acl).toEqual({
      id: 'public-acl',
      title: 'Public object ACL',
      sent: 'x-oss-object-acl: public-read-write',
      expected: 'refuse',
      answer: { status: 403, code: 'AccessDenied', ec: null },
      outcome: 'held',
      fix: null,
    });
  });

  it.each([
    [
      'not JSON',
      'not-json.json',
      '{"expiration": "2030-01-01T00:00:00.000Z",\n  "conditions": [x]}',
      /not valid JSON: at character \d+ \(line 2, column 18\)/,
    ],
    [
      'Base64 of garbage',
      'garbage.txt',
      'aGVsbG8gd29ybGQ=',
      /decodes to text that is not valid JSON/,
    ],
    [
      'no conditions',
      'empty.json',
      '{"expiration":"2030-01-01T00:00:00.000Z","conditions":[]}',
      /"conditions" is an empty array/,
    ],
    [
      'an expiration in the past',
      'expired.json',
      '{"expiration":"2020-01-01T00:00:00.000Z","conditions":[["eq","$key","a"]]}',
      /expired at 2020-01-01T00:00:00.000Z/,
    ],
  ])('exits 2 with one sentence on %s', async (_name, name, text, message) => {
    const answer = await probe(['--policy', file(name, text)]);
    expect(answer.code).toBe(2);
    expect(answer.stdout).toBe('');
    expect(answer.stderr).toMatch(message);
    expect(answer.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [
      'an unreadable file',
      ['--policy', '/nonexistent/policy.json'],
      /Could not read the policy file "\/nonexistent\/policy.json" \(ENOENT\)/,
    ],
    ['an unknown flag', ['--policy', 'p.json', '--colour'], /Unknown argument "--colour"/],
    ['no policy at all', [], /Say which policy to probe/],
    [
      'a real bucket without credentials',
      [
        '--policy',
        'p.json',
        '--endpoint',
        'https://b.oss-cn-hangzhou.aliyuncs.com',
        '--bucket',
        'b',
        '--region',
        'cn-hangzhou',
      ],
      /OSS_ACCESS_KEY_ID and OSS_ACCESS_KEY_SECRET/,
    ],
  ])('exits 2 on %s', async (_name, args, message) => {
    if (args.includes('p.json')) file('p.json', JSON.stringify(openPolicy()));
    const env = { ...PLAIN_ENV, OSS_ACCESS_KEY_ID: '', OSS_ACCESS_KEY_SECRET: '' };
    const answer = await probe(
      args.map((a) => (a === 'p.json' ? path.join(work, a) : a)),
      '',
      env,
    );
    expect(answer.code).toBe(2);
    expect(answer.stderr).toMatch(message);
  });

  describe('against a bucket and a signing server (a sandbox process plays OSS)', () => {
    let oss: SandboxProcess;
    let signer: Server;
    let signerUrl: string;
    const policy = {
      expiration: new Date(Date.now() + 30 * 60_000).toISOString(),
      conditions: [
        { bucket: 'examplebucket' },
        ['starts-with', '$key', 'uploads/'],
        ['content-length-range', 1, 1024],
      ],
    };
    beforeAll(async () => {
      oss = await startSandboxProcess();
      signer = createServer((req, res) => {
        if (req.url === '/html') {
          res.writeHead(200, { 'Content-Type': 'text/html' });
          res.end('<!doctype html><title>Login</title>');
          return;
        }
        void signProbeFields(
          policy as never,
          { accessKeyId: oss.accessKeyId, accessKeySecret: oss.accessKeySecret },
          oss.region,
          new Date(),
        ).then((auth) => {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(
            JSON.stringify({
              url: oss.url,
              fields: [{ name: 'key', value: 'uploads/${filename}' }, ...auth],
            }),
          );
        });
      });
      await new Promise<void>((resolve) => signer.listen(0, '127.0.0.1', resolve));
      const address = signer.address();
      signerUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(async () => {
      signer?.close();
      await oss?.stop();
    });

    it('probes the form a signing server signs, and lists what it stored', async () => {
      const answer = await probe(['--signing-server', `${signerUrl}/sign`, '--json']);
      expect(answer.code, answer.stderr).toBe(1);
      const report = JSON.parse(answer.stdout) as {
        grade: string;
        target: string;
        probes: { id: string; outcome: string; answer: { code: string | null } }[];
        stored: string[];
      };
      expect([report.target, report.grade]).toEqual(['signing-server', 'F']);
      const outcome = (id: string) => report.probes.find((p) => p.id === id);
      expect(outcome('key-outside-prefix')).toMatchObject({
        outcome: 'held',
        answer: { code: 'AccessDenied' },
      });
      expect(outcome('html-content-type')).toMatchObject({ outcome: 'hole' });
      expect(report.stored).toContain('uploads/oss-policy-probe/html-content-type.txt');
    });

    it('exits 2 when the signing server answers HTML', async () => {
      const answer = await probe(['--signing-server', `${signerUrl}/html`]);
      expect(answer.code).toBe(2);
      expect(answer.stderr).toMatch(/answered HTML, not the JSON of a signed form/);
    });

    it('probes a bucket with the credentials from the environment', async () => {
      const env = {
        ...PLAIN_ENV,
        OSS_ACCESS_KEY_ID: oss.accessKeyId,
        OSS_ACCESS_KEY_SECRET: oss.accessKeySecret,
      };
      const args = [
        '--policy',
        file('bucket.json', JSON.stringify(policy)),
        '--endpoint',
        oss.url,
        '--bucket',
        'examplebucket',
        '--region',
        oss.region,
      ];
      const answer = await probe(args, '', env);
      expect(answer.code, answer.stderr).toBe(1);
      expect(answer.stdout).toMatch(/^Policy probe: grade F \(target: bucket;/);
      expect(answer.stderr).toMatch(
        /the probes create objects, all in a oss-policy-probe\/ folder/,
      );
      expect(answer.stdout).toMatch(
        /Objects the probes stored \(delete them\):\n {2}uploads\/oss-policy-probe\//,
      );
    });
  });
});
