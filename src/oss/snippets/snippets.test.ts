import { describe, expect, it } from 'vitest';
import type { PostForm } from '../form/form-types.ts';
import { importCurl } from '../interchange/import-curl.ts';
import { importHtmlForm } from '../interchange/import-html-form.ts';
import { renderCurlSnippet } from './curl-snippet.ts';
import { renderGoSignerSnippet } from './go-signer-snippet.ts';
import { renderHtmlFormSnippet } from './html-form-snippet.ts';
import { renderJavaSignerSnippet } from './java-signer-snippet.ts';
import { renderJavaScriptSnippet } from './javascript-snippet.ts';
import { renderNodeSignerSnippet } from './node-signer-snippet.ts';
import { renderPythonSignerSnippet } from './python-signer-snippet.ts';
import {
  buildSample,
  plainSpec,
  richSpec,
  v1Spec,
  type SampleTarget,
} from '../fixtures/sample-forms.ts';
import { planSigner } from './signer-plan.ts';
import { SNIPPETS } from './snippet-catalog.ts';

const SECRET = 'Secret-only-here-9c41e7';
const TOKEN = 'CAIS.token-only-here-52ab';
const TARGET: SampleTarget = {
  endpoint: 'http://127.0.0.1:9100/examplebucket',
  bucket: 'examplebucket',
  region: 'cn-hangzhou',
  accessKeyId: 'AKIDEXAMPLE',
  accessKeySecret: SECRET,
  securityToken: TOKEN,
  now: new Date('2026-11-24T08:00:00Z'),
};

const RENDERERS = {
  html: (f: PostForm) => renderHtmlFormSnippet(f),
  curl: (f: PostForm) => renderCurlSnippet(f),
  javascript: (f: PostForm) => renderJavaScriptSnippet(f),
  node: (f: PostForm) => renderNodeSignerSnippet(f),
  python: (f: PostForm) => renderPythonSignerSnippet(f),
  go: (f: PostForm) => renderGoSignerSnippet(f),
  java: (f: PostForm) => renderJavaSignerSnippet(f),
};

const textFields = (form: PostForm) =>
  form.fields.flatMap((f) => (f.kind === 'field' ? [{ name: f.name, value: f.value }] : []));

describe('no snippet carries the AccessKey secret or the STS token', () => {
  const cases = Object.entries(RENDERERS).flatMap(([name, render]) => [
    [name, 'rich V4 + STS', render, richSpec(TARGET)] as const,
    [name, 'V1', render, v1Spec(TARGET)] as const,
  ]);
  it.each(cases)('%s (%s)', async (_name, _form, render, spec) => {
    const form = await buildSample(spec);
    const text = render(form);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
  });
});

describe('renderHtmlFormSnippet', () => {
  it('posts multipart to the URL, hidden inputs in send order, file last, nameless submit, expiry comment', async () => {
    const form = await buildSample(plainSpec(TARGET));
    const html = renderHtmlFormSnippet(form);
    expect(html).toContain(
      '<form method="post" enctype="multipart/form-data" accept-charset="UTF-8" action="http://127.0.0.1:9100/examplebucket">',
    );
    expect(html).toMatch(
      new RegExp(`<!-- .*expires at ${form.policy.expiration.replace(/\./g, '\\.')}`),
    );
    const names = [...html.matchAll(/<input [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(form.fields.map((f) => f.name));
    expect(names[0]).toBe('key');
    expect(names.at(-1)).toBe('file');
    expect(html).toMatch(/<button type="submit">Upload<\/button>/);
  });

  it('escapes every value and reads back to the same fields (token left to paste)', async () => {
    const form = await buildSample(richSpec(TARGET));
    const html = renderHtmlFormSnippet(form);
    expect(html).toContain('value="O&#39;Brien &quot;Zhang&quot; $HOME &amp; &lt;b&gt; `id`"');
    const back = importHtmlForm(html);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const expected = textFields(form).map((f) =>
      f.name === 'x-oss-security-token' ? { ...f, value: '' } : f,
    );
    expect(back.value.fields).toEqual(expected);
    expect(back.value.files).toEqual([{ name: 'file', index: expected.length }]);
    expect(back.value.problems).toEqual([]);
    expect(html).toMatch(/<input type="password" name="x-oss-security-token" required/);
  });
});

describe('renderCurlSnippet', () => {
  it('uses --form-string in send order, file=@PATH last, token from $OSS_SESSION_TOKEN', async () => {
    const form = await buildSample(richSpec(TARGET));
    const curl = renderCurlSnippet(form, { filePath: "./my file's;name.txt" });
    const back = importCurl(curl);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const expected = textFields(form).map((f) =>
      f.name === 'x-oss-security-token' ? { ...f, value: '$OSS_SESSION_TOKEN' } : f,
    );
    expect(back.value.fields).toEqual(expected);
    expect(back.value.files).toEqual([
      { name: 'file', index: expected.length, fileName: "./my file's;name.txt" },
    ]);
    expect(back.value.url).toBe(form.url);
    expect(curl).not.toMatch(/(^|\s)-F '(?!file=)/m);
  });

  it('keeps a value that starts with @ or < as text', async () => {
    const form = await buildSample({
      ...plainSpec(TARGET),
      fields: [{ name: 'x-oss-meta-a', value: '@/etc/passwd' }],
    });
    expect(renderCurlSnippet(form)).toContain(`--form-string 'x-oss-meta-a=@/etc/passwd'`);
  });
});

describe('renderJavaScriptSnippet', () => {
  it('lists the fields in send order and appends the file last, with XHR progress and fetch', async () => {
    const form = await buildSample(plainSpec(TARGET));
    const js = renderJavaScriptSnippet(form);
    const listed = [...js.matchAll(/^ {2}\[("[^"]*"), /gm)].map((m) => JSON.parse(m[1]) as string);
    expect(listed).toEqual(textFields(form).map((f) => f.name));
    expect(js).toContain("data.append('file', file, fileName);");
    expect(js).toContain('xhr.upload.onprogress');
    expect(js).toContain('await fetch(POST_URL');
  });
});

describe('planSigner', () => {
  it('keeps literal fields and conditions, makes credentials, dates and the token dynamic', async () => {
    const form = await buildSample(richSpec(TARGET));
    const plan = planSigner(form);
    expect(plan.region).toBe('cn-hangzhou');
    expect(plan.expiresInSeconds).toBe(3600);
    expect(
      plan.fields.map((f) => (f.kind === 'static' ? f.name : `${f.name}<${f.source}>`)),
    ).toEqual(
      textFields(form).map(
        (f) =>
          ({
            policy: 'policy<policy>',
            'x-oss-credential': 'x-oss-credential<credential>',
            'x-oss-date': 'x-oss-date<date>',
            'x-oss-signature': 'x-oss-signature<signature>',
            'x-oss-security-token': 'x-oss-security-token<securityToken>',
          })[f.name] ?? f.name,
      ),
    );
    const dynamic = plan.conditions.filter((c) => c.kind === 'dynamic').map((c) => c.field);
    expect(dynamic).toEqual(['x-oss-credential', 'x-oss-date', 'x-oss-security-token']);
  });

  it('adds a token slot to a form signed without STS (the signer uses it only when set)', async () => {
    const form = await buildSample(v1Spec(TARGET));
    const plan = planSigner(form, { expiresInSeconds: 600 });
    expect(plan.expiresInSeconds).toBe(600);
    const names = textFields(form).map((f) => f.name);
    const afterSignature = names.indexOf('Signature') + 1;
    expect(plan.fields.map((f) => f.name)).toEqual([
      ...names.slice(0, afterSignature),
      'x-oss-security-token',
      ...names.slice(afterSignature),
    ]);
    expect(plan.conditions[1]).toEqual({
      kind: 'dynamic',
      field: 'x-oss-security-token',
      source: 'securityToken',
      shape: 'simple',
    });
  });
});

describe('SNIPPETS', () => {
  it('lists every snippet once, each rendering without the secret or the token', async () => {
    const form = await buildSample(richSpec(TARGET));
    expect(SNIPPETS.map((s) => s.id)).toEqual([
      'html',
      'curl',
      'javascript',
      'node',
      'python',
      'go',
      'java',
      'node-server',
      'python-server',
      'go-server',
      'java-server',
      'mini-program',
    ]);
    expect(new Set(SNIPPETS.map((s) => s.fileName)).size).toBe(SNIPPETS.length);
    for (const snippet of SNIPPETS) {
      const text = snippet.render(form);
      expect(text.length).toBeGreaterThan(200);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
    }
  });
});

describe("a policy that tests Content-Type: every snippet sends the chosen file's type", () => {
  const imagesOnly = async () =>
    buildSample({
      ...plainSpec(TARGET),
      conditions: [['starts-with', '$content-type', 'image/']],
      fields: [],
    });

  it('HTML: a Content-Type input before the file, filled from the chosen file, and accept="image/*"', async () => {
    const html = renderHtmlFormSnippet(await imagesOnly());
    expect(html).toContain(
      `    <input type="hidden" name="Content-Type" value="">
    <!-- The file goes last: OSS does not read any field after it. -->
    <label>File <input type="file" name="file" accept="image/*" onchange="this.form.elements['Content-Type'].value = this.files.length ? this.files[0].type : ''" required></label>`,
    );
  });

  it('JavaScript: buildFormData appends file.type as Content-Type right before the file', async () => {
    const js = renderJavaScriptSnippet(await imagesOnly());
    const module = (await import(
      `data:text/javascript;base64,${Buffer.from(js).toString('base64')}`
    )) as { buildFormData: (file: Blob) => FormData };
    const data = module.buildFormData(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    const names = [...data.keys()];
    expect(names.slice(-2)).toEqual(['Content-Type', 'file']);
    expect(data.get('Content-Type')).toBe('text/plain');
  });

  it("curl: the file's MIME type as the Content-Type field, before the file", async () => {
    const curl = renderCurlSnippet(await imagesOnly(), { filePath: './cat.png' });
    expect(curl).toContain(
      `--form-string "Content-Type=$(file -b --mime-type './cat.png')" \\\n  -F 'file=@./cat.png'`,
    );
  });

  it('a fixed Content-Type field is left as it is (the checks warn about it instead)', async () => {
    const form = await buildSample({
      ...plainSpec(TARGET),
      conditions: [['starts-with', '$content-type', 'image/']],
      fields: [{ name: 'Content-Type', value: 'image/png' }],
    });
    expect(renderHtmlFormSnippet(form)).not.toContain('onchange');
    expect(renderCurlSnippet(form)).not.toContain('--mime-type');
    expect(form.checks.map((c) => c.id)).toContain('lint.content-type-fixed');
  });
});
