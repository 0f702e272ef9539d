// Every entry of the OSS HTTP 400 reference (the seed) must be in the catalog verbatim and be
// explained by its own entry; causes and solutions must be ours, not the seed's sentences.
// The seed lives beside the repository (../shared/seed), as in CI: without it this file fails,
// naming the missing path, rather than passing with nothing checked.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainOssError } from '../explain-oss-error.ts';
import { ERROR_CATALOG } from './index.ts';

const SEED_PATH = fileURLToPath(
  new URL('../../../../../shared/seed/oss-http-400-errors.txt', import.meta.url),
);
const HAVE_SEED = existsSync(SEED_PATH);

interface SeedPair {
  code: string;
  message: string;
  /** The seed's own Cause/Solution bullet text for this message (may be empty). */
  bullets: string[];
}

/**
 * Reads the seed's structure: after the intro line, an unindented one-word line is a Code, any
 * other unindented line is a Message of the current Code, and indented "• Cause:" / "• Solution:"
 * lines belong to the message above.
 */
function readSeed(text: string): { codes: string[]; pairs: SeedPair[] } {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith('This topic describes'));
  const codes: string[] = [];
  const pairs: SeedPair[] = [];
  let code = '';
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') continue;
    if (/^\s/.test(line)) {
      const bullet = /^\s*• (?:Cause|Solutions?):\s*(.*)$/.exec(line);
      if (bullet !== null && bullet[1] !== '') pairs.at(-1)?.bullets.push(bullet[1].trim());
      continue;
    }
    if (/^[A-Za-z][A-Za-z0-9]*$/.test(line)) {
      code = line;
      codes.push(code);
    } else {
      pairs.push({ code, message: line, bullets: [] });
    }
  }
  return { codes, pairs };
}

const seed = HAVE_SEED ? readSeed(readFileSync(SEED_PATH, 'utf8')) : { codes: [], pairs: [] };
const distinctPairs = [
  ...new Map(seed.pairs.map((pair) => [`${pair.code}\n${pair.message}`, pair])).values(),
];

describe('the seed', () => {
  it('is beside the repository', () => {
    expect(
      HAVE_SEED,
      `The seed is missing: ${SEED_PATH} does not exist. Check out the shared folder beside this clone (../shared/seed/oss-http-400-errors.txt), as CI does.`,
    ).toBe(true);
  });
});

describe.skipIf(!HAVE_SEED)(`seed coverage (${SEED_PATH})`, () => {
  it('has 63 distinct codes and 136 distinct code+message pairs', () => {
    expect(new Set(seed.codes).size).toBe(63);
    expect(distinctPairs).toHaveLength(136);
    // The page lists InvalidPart, InvalidPartOrder and InvalidEncryptionAlgorithmError twice (66
    // code headings) and repeats two InvalidPartOrder messages (138 message lines).
    expect(seed.codes).toHaveLength(66);
    expect(seed.pairs).toHaveLength(138);
    // The own-words check below compares against these: 266 non-empty Cause/Solution bullets.
    expect(seed.pairs.flatMap((pair) => pair.bullets)).toHaveLength(266);
  });

  it.each(distinctPairs.map((pair) => [pair.code, pair.message, pair] as const))(
    '%s: %s',
    (code, message, pair) => {
      const entry = ERROR_CATALOG.find((e) => e.code === code && e.message === message);
      expect(entry, 'catalog entry with verbatim code and message').toBeDefined();
      expect(entry!.status).toBe(400);
      expect(explainOssError({ code, message })).toEqual({
        code,
        message,
        cause: entry!.cause,
        solution: entry!.solution,
        docUrl: entry!.docUrl,
        fields: entry!.fields,
        entryKey: entry!.id,
      });
      for (const sentence of pair.bullets.flatMap((b) => b.split(/(?<=\.)\s+/))) {
        if (sentence.length < 25) continue;
        expect(entry!.cause).not.toContain(sentence);
        expect(entry!.solution).not.toContain(sentence);
      }
    },
  );
});

if (!HAVE_SEED) {
  it.skip(`skipped: the seed file ${SEED_PATH} is absent (CI keeps ../shared beside the repo)`, () => {});
}
