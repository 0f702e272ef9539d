// docs/texts.md tells a newcomer where each part of the text mechanism lives; this fails when a
// file or folder it names moves or goes away.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const doc = readFileSync(new URL('docs/texts.md', ROOT), 'utf8');
const paths = [...doc.matchAll(/`((?:src|test|e2e|docs)\/[^`\s]*)`/g)].map((match) =>
  match[1]!.replace(/\/$/, ''),
);

describe('docs/texts.md', () => {
  it('names the mechanism’s files', () => {
    expect(paths).toEqual(expect.arrayContaining(['src/oss/texts.ts', 'src/ui/i18n/texts.ts']));
  });

  it.each(paths)('%s exists', (path) => {
    expect(existsSync(new URL(path, ROOT))).toBe(true);
  });
});
