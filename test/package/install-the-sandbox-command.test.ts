// The sandbox as a command users install: `npm pack`, then `npm install --omit=dev` of the tarball
// into an empty folder (as a user's CI does, README "The sandbox in your CI"), then the bin
// `oss-sandbox` on plain Node: no tsx, no TypeScript, no dev dependency.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackedSandbox, PLAIN_ENV, run, type PackedInstall } from './install-packed.ts';
import { postForm } from '../../src/sandbox/test-support/multipart.ts';
import { credentialsOf, v4Form } from '../../src/sandbox/test-support/sdk-forms.ts';
import {
  startSandboxProcess,
  type SandboxProcess,
} from '../../src/sandbox/test-support/start-sandbox.ts';

let app: string;
let bin: string;

let packed: PackedInstall | undefined;

beforeAll(async () => {
  packed = await installPackedSandbox('oss-sandbox-pack-');
  ({ app, bin } = packed);
}, 240_000);

afterAll(() => packed?.remove());

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
