// The sandbox as a command users install: `npm pack`, then `npm install --omit=dev` of the tarball
// into an empty folder (as a user's CI does, README "The sandbox in your CI"), then the bin
// `oss-sandbox` on plain Node: no tsx, no TypeScript, no dev dependency.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForm } from '../../src/sandbox/test-support/multipart.ts';
import { credentialsOf, v4Form } from '../../src/sandbox/test-support/sdk-forms.ts';
import {
  startSandboxProcess,
  type SandboxProcess,
} from '../../src/sandbox/test-support/start-sandbox.ts';

const run = promisify(execFile);
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** npm without what the surrounding `npm test` put in the environment (a loader, npm_config_*). */
const PLAIN_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(npm_|NODE_OPTIONS$|VITEST)/i.test(name)),
);

let work: string;
let app: string;
let bin: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'oss-sandbox-pack-'));
  await run('npm', ['pack', '--pack-destination', work], { cwd: PROJECT_ROOT, env: PLAIN_ENV });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack left no tarball in ${work}`);
  app = path.join(work, 'ci-user');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), '{ "name": "ci-user", "private": true }\n');
  await run(
    'npm',
    [
      'install',
      '--omit=dev',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      path.join(work, tarball),
    ],
    { cwd: app, env: PLAIN_ENV },
  );
  bin = path.join(app, 'node_modules', '.bin', 'oss-sandbox');
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed sandbox', () => {
  it('installs compiled JavaScript and its runtime dependencies only', () => {
    const installed = path.join(app, 'node_modules');
    expect(
      existsSync(path.join(installed, 'oss-postobject-builder/dist-sandbox/sandbox/cli.js')),
    ).toBe(true);
    expect(existsSync(path.join(installed, 'oss-postobject-builder/src'))).toBe(false);
    for (const name of ['busboy', 'zod']) expect(existsSync(path.join(installed, name))).toBe(true);
    for (const name of ['tsx', 'typescript', 'vite', 'vitest', 'ali-oss']) {
      expect(existsSync(path.join(installed, name)), name).toBe(false);
    }
  });

  it('`oss-sandbox --help` lists its flags', async () => {
    const { stdout } = await run(bin, ['--help'], { cwd: app, env: PLAIN_ENV });
    expect(stdout).toMatch(/^oss-sandbox: /);
    for (const flag of ['--port', '--data-dir', '--access-key-secret', '--acl']) {
      expect(stdout).toContain(flag);
    }
  });

  describe('`oss-sandbox --port 0` on plain Node', () => {
    let sandbox: SandboxProcess;
    beforeAll(async () => {
      sandbox = await startSandboxProcess({ command: [bin], cwd: app });
    });
    afterAll(() => sandbox?.stop());

    it('stores an ali-oss-signed V4 post', async () => {
      const body = `stored by the installed command ${Date.now()}\n`;
      const answer = await postForm(
        sandbox.url,
        v4Form(credentialsOf(sandbox), {
          key: 'ci/installed.txt',
          file: body,
          fields: { success_action_status: '201' },
        }),
      );
      expect(answer.status, answer.text).toBe(201);
      expect(answer.text).toContain('<Key>ci/installed.txt</Key>');
      const stored = await fetch(`${sandbox.url}/ci/installed.txt`);
      expect(await stored.text()).toBe(body);
    });
  });
});
