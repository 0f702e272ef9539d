import { describe, expect, it } from 'vitest';
import { buildPostForm } from '../build-post-form.ts';
import { renderCurlSnippet } from '../snippets/curl-snippet.ts';
import { importCurl } from './import-curl.ts';
import { importPasted } from './import-pasted.ts';
import { lintImportedForm } from './lint-imported-form.ts';

const curl = (text: string) => {
  const r = importCurl(text);
  if (!r.ok) throw new Error(r.issues[0].message);
  return r.value;
};

describe('lintImportedForm', () => {
  it.each([
    ['file before key', 'curl -F file=@a.txt -F key=a.txt http://h/b', ['import.file-not-last']],
    ['two files', 'curl -F key=a -F file=@a -F file=@b http://h/b', ['import.several-files']],
    ['file last, no policy', 'curl -F key=a -F file=@a http://h/b', []],
  ])('%s', (_name, command, ids) => {
    expect(lintImportedForm(curl(command)).map((c) => c.id)).toEqual(ids);
  });

  it('names the lost key and OSS answer when the file comes first', () => {
    const [check] = lintImportedForm(curl('curl -F file=@a.txt -F key=a.txt http://h/b'));
    expect(check.message).toContain("must contain the specified 'key'");
    expect(check.fields).toEqual(['file', 'key']);
  });

  it('runs the core lint on the decoded policy: a form the builder signed comes back clean', async () => {
    const form = await buildPostForm({
      target: {
        bucket: 'examplebucket',
        region: 'cn-hangzhou',
        endpoint: 'http://h/examplebucket',
      },
      credentials: { accessKeyId: 'AK', accessKeySecret: 'secret' },
      key: 'user/a.txt',
      expiration: '2030-01-01T00:00:00.000Z',
      now: new Date('2029-12-31T23:00:00Z'),
      conditions: [['starts-with', '$key', 'user/']],
    });
    const imported = curl(renderCurlSnippet(form));
    expect(lintImportedForm(imported).filter((c) => c.severity === 'error')).toEqual([]);
    const tampered = {
      ...imported,
      fields: imported.fields.map((f) => (f.name === 'key' ? { ...f, value: 'other/a.txt' } : f)),
    };
    expect(lintImportedForm(tampered).map((c) => c.id)).toContain('lint.key-outside-prefix');
  });

  it('does not lint a bare policy as a form that sends nothing', () => {
    const pasted = importPasted(
      JSON.stringify({
        expiration: '2030-01-01T00:00:00.000Z',
        conditions: [{ bucket: 'examplebucket' }, ['starts-with', '$key', 'user/eric/']],
      }),
    );
    if (!pasted.ok) throw new Error(pasted.issues[0].message);
    expect(pasted.value.source).toBe('policy-json');
    expect(lintImportedForm(pasted.value)).toEqual([]);
  });
});
