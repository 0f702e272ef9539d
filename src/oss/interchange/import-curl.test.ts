import { describe, expect, it } from 'vitest';
import { importCurl } from './import-curl.ts';
import { tokenizeShell } from './tokenize-shell.ts';

describe('tokenizeShell', () => {
  it.each([
    ['plain words', 'curl -F a=b', ['curl', '-F', 'a=b']],
    ['single quotes keep $ and "', `'a=$HOME "x"'`, ['a=$HOME "x"']],
    ["'\\'' inside single quotes", `'it'\\''s'`, ["it's"]],
    ['double quotes unescape \\" \\$ \\\\', `"a=\\"q\\" \\$x \\\\"`, ['a="q" $x \\']],
    ['backslash-newline continues', 'curl \\\n  -F a=b', ['curl', '-F', 'a=b']],
    ["ANSI-C $'…'", `$'a\\nb\\x41\\u7528'`, ['a\nbA用']],
    ['comment lines', '# note\ncurl x # tail', ['curl', 'x']],
    ['non-ASCII and newlines in quotes', `'用户/\nx'`, ['用户/\nx']],
  ])('%s', (_name, input, words) => {
    const result = tokenizeShell(input);
    expect(result.ok && result.value.map((w) => w.text)).toEqual(words);
  });

  it('reports an unclosed quote with its position', () => {
    const result = tokenizeShell(`curl -F 'a=b`);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({ id: 'shell.unbalanced-quote', position: 8 });
  });

  it('notes variables in double quotes without expanding them', () => {
    const result = tokenizeShell(`"x=$OSS_SESSION_TOKEN"`);
    expect(result.ok && result.value[0]).toMatchObject({
      text: 'x=$OSS_SESSION_TOKEN',
      variables: ['OSS_SESSION_TOKEN'],
    });
  });
});

describe('importCurl', () => {
  it.each([
    [
      '-F fields, file last, URL last',
      `curl -F 'key=a/${'${filename}'}' -F 'policy=eyJ9' -F 'file=@./a b.txt' https://b.oss-cn-hangzhou.aliyuncs.com`,
      {
        url: 'https://b.oss-cn-hangzhou.aliyuncs.com',
        fields: [
          ['key', 'a/${filename}'],
          ['policy', 'eyJ9'],
        ],
        files: [{ name: 'file', index: 2, fileName: './a b.txt' }],
      },
    ],
    [
      '--form-string keeps @ and < as text',
      `curl --form-string 'key=@not-a-file' --form-string 'x-oss-meta-a=<b' -F file=@x http://h/b`,
      {
        url: 'http://h/b',
        fields: [
          ['key', '@not-a-file'],
          ['x-oss-meta-a', '<b'],
        ],
        files: [{ name: 'file', index: 2, fileName: 'x' }],
      },
    ],
    [
      'file before other fields, ;type= stripped, -X and -H skipped',
      `curl -X POST -H 'Origin: x' -F "file=@a.png;type=image/png" -F key=k --url http://h/b`,
      {
        url: 'http://h/b',
        fields: [['key', 'k']],
        files: [{ name: 'file', index: 0, fileName: 'a.png' }],
      },
    ],
    [
      'curl-quoted value with ;',
      `curl -F 'Content-Disposition="attachment;filename=a.txt"' -F file=@a http://h/b`,
      {
        url: 'http://h/b',
        fields: [['Content-Disposition', 'attachment;filename=a.txt']],
        files: [{ name: 'file', index: 1, fileName: 'a' }],
      },
    ],
  ])('%s', (_name, command, expected) => {
    const result = importCurl(command);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.url).toBe(expected.url);
    expect(result.value.fields.map((f) => [f.name, f.value])).toEqual(expected.fields);
    expect(result.value.files).toEqual(expected.files);
  });

  it('keeps $VAR as written and reports it', () => {
    const result = importCurl(
      `curl --form-string "x-oss-security-token=$OSS_SESSION_TOKEN" -F file=@a http://h/b`,
    );
    expect(result.ok && result.value.fields).toEqual([
      { name: 'x-oss-security-token', value: '$OSS_SESSION_TOKEN' },
    ]);
    expect(result.ok && result.value.problems.map((p) => p.id)).toContain('curl.shell-variable');
  });

  it('says to single-quote ${filename}, OSS’s own variable, rather than to replace it', () => {
    const result = importCurl(`curl -F "key=uploads/\${filename}" -F file=@a http://h/b`);
    const said = result.ok ? result.value.problems.map((p) => p.message).join(' ') : '';
    expect(said).toContain("single-quote that value: -F 'key=…${filename}'");
    expect(said).not.toContain('Replace it with the real value');
  });

  it.each([
    ['unquoted', `curl -F x=${'${a'.repeat(10_000)} http://h/b`],
    ['double-quoted', `curl -F "x=${'${a'.repeat(10_000)}" http://h/b`],
  ])('names a variable repeated 10,000 times (%s) once', (_name, command) => {
    const result = importCurl(command);
    const variables = result.ok
      ? result.value.problems.filter((p) => p.id === 'curl.shell-variable')
      : [];
    expect(variables).toHaveLength(1);
  });

  it.each([
    ['not curl', 'wget http://x', 'curl.not-curl'],
    ['no form fields', 'curl http://x', 'curl.no-form'],
    ['unbalanced quote', `curl -F 'a=b`, 'shell.unbalanced-quote'],
  ])('refuses %s', (_name, command, id) => {
    const result = importCurl(command);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].id).toBe(id);
  });

  it('reports -d as not multipart', () => {
    const result = importCurl(`curl -d a=b -F file=@a http://h/b`);
    expect(result.ok && result.value.problems[0]).toMatchObject({
      id: 'curl.not-multipart',
      oss: { code: 'RequestIsNotMultiPartContent' },
    });
  });
});
