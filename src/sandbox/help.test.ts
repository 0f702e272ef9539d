import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAG_NAMES } from './config.ts';
import { renderHelp } from './help.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The README's flag table: `| `--host` | `OSS_SANDBOX_HOST` | `127.0.0.1` | meaning |`. */
const README_FLAGS = [
  ...README.matchAll(/^\| `--([a-z-]+)`\s*\| `([A-Z_]+)`\s*\| `?([^`|]+?)`?\s*\|/gm),
].map(([, flag, env, shown]) => ({ flag, env, shown }));

describe('oss-sandbox --help', () => {
  it('the README documents every flag the sandbox reads', () => {
    expect(README_FLAGS.map((row) => row.flag).sort()).toEqual([...FLAG_NAMES].sort());
  });

  it.each(README_FLAGS)(
    'lists --$flag with $env and the default $shown, as the README does',
    ({ flag, env, shown }) => {
      const lines = renderHelp().split('\n');
      const at = lines.findIndex((text) => text.startsWith(`  --${flag}`));
      expect(lines[at]).toContain(`(${env}, default ${shown})`);
      // The next line says what it means.
      expect(lines[at + 1]).toMatch(/^ {6}\S/);
    },
  );
});
