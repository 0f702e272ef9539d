// An earlier commit of the page, built for comparison: `git worktree add` of that commit in a
// temporary directory, this checkout's node_modules linked in, `vite build` there.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BUILD_TIMEOUT_MS = 180_000;

export interface OldBuild {
  dist: string;
  remove: () => Promise<void>;
}

/**
 * Builds `commit` into a temporary dist/, or explains why it could not (no git history in this
 * clone, the commit unknown, the build failed or took over three minutes).
 */
export async function buildCommit(
  commit: string,
): Promise<{ ok: true; build: OldBuild } | { ok: false; reason: string }> {
  const work = await mkdtemp(path.join(tmpdir(), `bench-${commit}-`));
  const tree = path.join(work, 'tree');
  const remove = async () => {
    await run('git', ['worktree', 'remove', '--force', tree]).catch(() => undefined);
    await rm(work, { recursive: true, force: true });
    await run('git', ['worktree', 'prune']).catch(() => undefined);
  };
  try {
    await run('git', ['worktree', 'add', '--detach', tree, commit]);
    await symlink(path.resolve('node_modules'), path.join(tree, 'node_modules'), 'dir');
    const dist = path.join(work, 'dist');
    await run(
      process.execPath,
      [
        path.resolve('node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        dist,
        '--logLevel',
        'error',
      ],
      { cwd: tree, timeout: BUILD_TIMEOUT_MS },
    );
    return { ok: true, build: { dist, remove } };
  } catch (error) {
    await remove();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, reason: reason ?? 'unknown' };
  }
}
