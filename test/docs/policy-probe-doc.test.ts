// docs/policy-probe.md states every probe with its weight, and the grades, as src/oss/probe has them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRADE_BY_SEVERITY, PROBES } from '../../src/oss/index.ts';

const doc = readFileSync(new URL('../../docs/policy-probe.md', import.meta.url), 'utf8');

describe('docs/policy-probe.md quotes the probe table', () => {
  it.each(PROBES.map((p) => [p.id, p.severity]))('%s weighs %s', (id, severity) => {
    expect(doc).toMatch(new RegExp(`\\| \`${id}\`\\s+\\| ${severity}\\s+\\|`));
  });

  it.each(Object.entries(GRADE_BY_SEVERITY))('a %s hole grades %s', (severity, grade) => {
    const row = doc.split('\n').find((line) => line.startsWith(`| **${grade}** |`));
    expect(row).toBeDefined();
    const named = PROBES.filter((p) => p.severity === severity).map((p) => p.id);
    for (const id of named) expect(row).toContain(`\`${id}\``);
  });

  it('the README links it', () => {
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain(
      '(docs/policy-probe.md)',
    );
  });
});
