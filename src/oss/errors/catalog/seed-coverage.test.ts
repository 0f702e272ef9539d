// Every Code and Message of the OSS HTTP 400 reference (the seed) must be in the catalog verbatim
// and be explained by its own entry. The seed's Codes and Messages live in the repository as data
// (src/oss/fixtures/http-400-seed.ts), so this runs in any clone. Where the seed file itself is
// checked out beside the repository (../shared/seed, as in CI), a second part checks the fixture
// against it and that the catalog's causes and solutions do not copy its sentences; elsewhere that
// part is skipped, saying so.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HTTP_400_SEED } from '../../fixtures/http-400-seed.ts';
import { explainOssError } from '../explain-oss-error.ts';
import { ERROR_CATALOG } from './index.ts';

const SEED_PATH = fileURLToPath(
  new URL('../../../../../shared/seed/oss-http-400-errors.txt', import.meta.url),
);
const HAVE_SEED = existsSync(SEED_PATH);

const FIXTURE_PAIRS = HTTP_400_SEED.flatMap(([code, messages]) =>
  messages.map((message) => ({ code, message })),
);

describe('the HTTP 400 reference in the catalog (fixture http-400-seed.ts)', () => {
  it('holds 63 distinct Codes and 136 distinct Code+Message pairs', () => {
    expect(new Set(HTTP_400_SEED.map(([code]) => code)).size).toBe(63);
    expect(new Set(FIXTURE_PAIRS.map((p) => `${p.code}\n${p.message}`)).size).toBe(136);
    expect(FIXTURE_PAIRS).toHaveLength(136);
  });

  it.each(FIXTURE_PAIRS.map((pair) => [pair.code, pair.message] as const))(
    '%s: %s',
    (code, message) => {
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
    },
  );
});

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

describe.skipIf(!HAVE_SEED)(`the fixture against the seed file (${SEED_PATH})`, () => {
  const seed = HAVE_SEED ? readSeed(readFileSync(SEED_PATH, 'utf8')) : { codes: [], pairs: [] };
  const distinctPairs = [
    ...new Map(seed.pairs.map((pair) => [`${pair.code}\n${pair.message}`, pair])).values(),
  ];

  it('has the same Codes and Code+Message pairs', () => {
    // The page lists InvalidPart, InvalidPartOrder and InvalidEncryptionAlgorithmError twice (66
    // code headings) and repeats two InvalidPartOrder messages (138 message lines).
    expect(seed.codes).toHaveLength(66);
    expect(seed.pairs).toHaveLength(138);
    // The own-words check below compares against these: 266 non-empty Cause/Solution bullets.
    expect(seed.pairs.flatMap((pair) => pair.bullets)).toHaveLength(266);
    const keys = (pairs: readonly { code: string; message: string }[]) =>
      pairs.map(({ code, message }) => `${code}: ${message}`).sort();
    expect(keys(distinctPairs)).toEqual(keys(FIXTURE_PAIRS));
  });

  it.each(distinctPairs.map((pair) => [pair.code, pair.message, pair] as const))(
    'the catalog explains %s: %s in its own words',
    (code, message, pair) => {
      const entry = ERROR_CATALOG.find((e) => e.code === code && e.message === message);
      expect(entry, 'catalog entry with verbatim code and message').toBeDefined();
      for (const sentence of pair.bullets.flatMap((b) => b.split(/(?<=\.)\s+/))) {
        if (sentence.length < 25) continue;
        expect(entry!.cause).not.toContain(sentence);
        expect(entry!.solution).not.toContain(sentence);
      }
    },
  );
});

if (!HAVE_SEED) {
  it.skip(`the fixture against the seed file: skipped, ${SEED_PATH} is absent (CI checks ../shared out beside the repository)`, () => {});
}
