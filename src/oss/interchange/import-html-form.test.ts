import { describe, expect, it } from 'vitest';
import { importHtmlForm } from './import-html-form.ts';

const FORM = `<!doctype html><html><body>
<!-- <form action="http://commented-out"> -->
<script>const s = '<input name="nope" value="x">';</script>
<form method="POST" enctype="multipart/form-data" action="http://127.0.0.1:9100/examplebucket?a=1&amp;b=2">
  <input type="hidden" name="key" value="用户/${'${filename}'}">
  <input type=hidden name=success_action_status value=201>
  <input name='x-oss-meta-owner' type='hidden' value='O&#39;Brien &quot;张三&quot; &lt;b&gt; &amp; $HOME'>
  <textarea name="x-oss-meta-note">line1
line2 &amp; more</textarea>
  <input type="checkbox" name="unchecked" value="1">
  <input type="text" name="disabled" value="1" disabled>
  <input type="file" name="file">
  <button type="submit">Upload</button>
</form></body></html>`;

describe('importHtmlForm', () => {
  it('reads action, fields in order with entities decoded, and the file position', () => {
    const result = importHtmlForm(FORM);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.url).toBe('http://127.0.0.1:9100/examplebucket?a=1&b=2');
    expect(result.value.fields).toEqual([
      { name: 'key', value: '用户/${filename}' },
      { name: 'success_action_status', value: '201' },
      { name: 'x-oss-meta-owner', value: `O'Brien "张三" <b> & $HOME` },
      { name: 'x-oss-meta-note', value: 'line1\nline2 & more' },
    ]);
    expect(result.value.files).toEqual([{ name: 'file', index: 4 }]);
    expect(result.value.problems).toEqual([]);
  });

  it.each([
    [
      'GET form',
      '<form action="x"><input type="file" name="file"></form>',
      ['html.method', 'html.enctype'],
    ],
    [
      'named submit button',
      '<form method="post" enctype="multipart/form-data"><input type="file" name="file"><input type="submit" name="submit" value="Go"></form>',
      ['html.named-button'],
    ],
    [
      'select',
      '<form method="post" enctype="multipart/form-data"><select name="acl"><option>private</option></select></form>',
      ['html.select'],
    ],
  ])('reports a %s', (_name, html, ids) => {
    const result = importHtmlForm(html);
    expect(result.ok && result.value.problems.map((p) => p.id)).toEqual(ids);
  });

  it('refuses text without a form', () => {
    const result = importHtmlForm('<div>no form</div>');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].id).toBe('html.no-form');
  });
});
