// What both package tests start from: `npm pack` of this repository, installed with
// `npm install --omit=dev` into an empty folder, as a user's CI does (README "The sandbox in your CI").
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const run = promisify(execFile);
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** npm without what the surrounding `npm test` put in the environment (a loader, npm_config_*). */
export const PLAIN_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(npm_|NODE_OPTIONS$|VITEST)/i.test(name)),
);

/** The packed package installed in a fresh folder: where, and its `oss-sandbox` bin. */
export interface PackedInstall {
  /** The temporary folder holding the tarball and the user's project; `remove()` deletes it. */
  work: string;
  /** The user's project the tarball is installed into. */
  app: string;
  /** `node_modules/.bin/oss-sandbox` of that project. */
  bin: string;
  remove: () => void;
}

/** Packs the repository and installs the tarball, runtime dependencies only, into a new folder. */
export async function installPackedSandbox(prefix: string): Promise<PackedInstall> {
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  await run('npm', ['pack', '--pack-destination', work], { cwd: PROJECT_ROOT, env: PLAIN_ENV });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack left no tarball in ${work}`);
  const app = path.join(work, 'ci-user');
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
  const bin = path.join(app, 'node_modules', '.bin', 'oss-sandbox');
  return { work, app, bin, remove: () => rmSync(work, { recursive: true, force: true }) };
}
