import { describe, expect, it } from 'vitest';
import { buildPostForm, evaluatePost, fieldsForFile, type Verdict } from '../../oss/index.ts';
import { DEFAULT_VALUES } from './defaults.ts';
import { PRESETS } from './presets.ts';
import { toPostFormSpec } from './to-post-form-spec.ts';

const NOW = new Date('2026-12-01T03:00:00Z');
const CREDENTIALS = { accessKeyId: 'LTAI-preset-test', accessKeySecret: 'preset-secret' };

/** The dry run of one file under a preset, Content-Type taken from the file as the page sends it. */
async function dryRun(presetId: string, file: { name: string; type: string; size: number }) {
  const preset = PRESETS.find((p) => p.id === presetId);
  if (!preset) throw new Error(`no preset ${presetId}`);
  const values = {
    ...DEFAULT_VALUES,
    credentials: { ...DEFAULT_VALUES.credentials, ...CREDENTIALS },
    ...preset.apply(),
  };
  const form = await buildPostForm(toPostFormSpec(values, NOW));
  const parts = fieldsForFile(form, file.type).map((entry) =>
    entry.kind === 'file'
      ? { name: 'file', file: { filename: file.name, size: file.size, contentType: file.type } }
      : { name: entry.name, value: entry.value },
  );
  const verdict: Verdict = evaluatePost({
    contentType: 'multipart/form-data; boundary=x',
    parts,
    bucket: { name: values.target.bucket, region: values.target.region, acl: 'private' },
    lookupAccessKey: (id) => (id === CREDENTIALS.accessKeyId ? CREDENTIALS : undefined),
    now: NOW,
  });
  return { form, verdict };
}

describe('presets: Content-Type comes from the chosen file, so the condition judges the file', () => {
  it.each([
    ['images', { name: 'notes.txt', type: 'text/plain', size: 120 }, false],
    ['images', { name: 'cat.jpg', type: 'image/jpeg', size: 2048 }, true],
    ['documents', { name: 'notes.txt', type: 'text/plain', size: 120 }, false],
    ['documents', { name: 'report.pdf', type: 'application/pdf', size: 4096 }, true],
  ])('%s preset, %o → accepted %s', async (preset, file, accepted) => {
    const { verdict } = await dryRun(preset, file);
    expect(verdict.ok).toBe(accepted);
    if (verdict.ok) expect(verdict.object.contentType).toBe(file.type);
    else expect(verdict.code).toBe('AccessDenied');
  });

  it('the images preset refuses a text file at its Content-Type condition', async () => {
    const { verdict } = await dryRun('images', { name: 'notes.txt', type: 'text/plain', size: 9 });
    expect(verdict).toMatchObject({
      ok: false,
      status: 403,
      condition: ['starts-with', '$Content-Type', 'image/'],
    });
  });

  it('no preset fixes a Content-Type field beside a Content-Type condition', async () => {
    for (const preset of PRESETS) {
      const values = { ...DEFAULT_VALUES, ...preset.apply() };
      const form = await buildPostForm(toPostFormSpec(values, NOW));
      expect(form.checks.filter((c) => c.id === 'lint.content-type-fixed')).toEqual([]);
    }
  });
});
