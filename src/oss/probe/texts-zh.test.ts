import { describe, expect, it } from 'vitest';
import { findEnglishLeftovers } from '../errors/catalog/zh/english-leftovers.ts';
import { auditTranslation } from '../formats/translation-audit.ts';
import { localizeText } from '../texts.ts';
import { openPolicy } from '../fixtures/probe-policies.ts';
import { createDryRunTarget } from './dry-run-target.ts';
import { probePolicy } from './run-probe.ts';
import { PROBE_TEXTS } from './texts-en.ts';
import { PROBE_TEXTS_ZH } from './texts-zh.ts';

const SAMPLES = {
  'fix.key-prefix': { prefix: 'uploads/' },
  'fix.bucket': { bucket: 'examplebucket' },
  'fix.size-range': { min: 1, max: 10485760 },
  'fix.content-type': { types: '"image/png"' },
  'fix.pin-field': { field: 'x-oss-object-acl', value: 'private' },
  'fix.expiry': { minutes: 60 },
  'note.too-large': { size: 5368709120 },
  'note.fidelity': { dryRun: '403 AccessDenied', target: '204' },
  'note.expiry': { minutes: 119 },
  'sent.key': { key: 'a.txt' },
  'sent.bucket': { bucket: 'other' },
  'sent.size': { size: 0 },
  'sent.field': { field: 'Content-Type', value: 'text/html' },
  'sent.expiry': { expiration: '2030-01-01T00:00:00.000Z' },
  'input.expired': { expiration: '2020-01-01T00:00:00.000Z' },
  'input.unmet': { fields: 'key' },
};

describe('PROBE_TEXTS_ZH', () => {
  it('has every English key, in Chinese, keeping every value', () => {
    // The sent lines name form fields and values, which stay as OSS spells them.
    const prose = <T extends object>(table: T) =>
      Object.fromEntries(Object.entries(table).filter(([key]) => !key.startsWith('sent.')));
    expect(
      auditTranslation(prose(PROBE_TEXTS), prose(PROBE_TEXTS_ZH), SAMPLES, findEnglishLeftovers),
    ).toEqual([]);
  });

  it('says every title, fix and note of a probe in Chinese', async () => {
    const report = await probePolicy({
      policy: openPolicy(),
      target: createDryRunTarget({ bucket: 'examplebucket', region: 'cn-hangzhou' }),
    });
    if (!report.ok) throw new Error('probe failed');
    const tables = { probe: PROBE_TEXTS_ZH };
    for (const probe of report.value.probes) {
      const said = [
        localizeText({ message: probe.title, text: probe.titleText }, tables),
        ...(probe.fix ? [localizeText(probe.fix, tables)] : []),
        ...(probe.note ? [localizeText(probe.note, tables)] : []),
      ];
      for (const text of said) expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
