// The hostile table, run for real: a form signed by the core with the 128 hostile values in its
// fields and conditions (plus names like __proto__, JSON literals Python must write as True/None,
// and a value over Java's 65,535-byte constant limit) goes through each of the seven snippets'
// own toolchain — sh, Node, python3, go, java — and comes out as exactly the same text, with
// lone surrogates as the U+FFFD a browser sends. Nothing a value holds runs. The signing servers
// and the mini-program module, written for the same form, must pass their toolchain's checks.
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPostForm } from '../build-post-form.ts';
import type { PostForm } from '../form/form-types.ts';
import { HOSTILE_NAMES, hostileFormSpec } from '../fixtures/hostile-values.ts';
import { importHtmlForm } from '../interchange/import-html-form.ts';
import type { PolicyCondition } from '../policy/policy-types.ts';
import { wellFormed, wellFormedValue } from './escape-text.ts';
import { SNIPPETS } from './snippet-catalog.ts';
import { SNIPPETS_TEXTS_ZH } from './texts-zh.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'oss-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function has(command: string, args: string[]): Promise<boolean> {
  return run(command, args).then(
    () => true,
    () => false,
  );
}

const NAMES = HOSTILE_NAMES.filter((n) => !['true', 'null', 'None'].includes(n));
const hostileSpec = (version: 'v4' | 'v1') => hostileFormSpec(version, NAMES);

let forms: Record<'v4' | 'v1', PostForm>;
beforeAll(async () => {
  forms = {
    v4: await buildPostForm(hostileSpec('v4')),
    v1: await buildPostForm(hostileSpec('v1')),
  };
});

const snippet = (id: string) => {
  const found = SNIPPETS.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id} snippet in the catalogue`);
  return found;
};

/** The text fields a sender must send, as a browser sends them (USV strings). */
const sentFields = (form: PostForm) =>
  form.fields.flatMap((f) => (f.kind === 'field' ? [[f.name, wellFormed(f.value)] as const] : []));

const VERSIONS = ['v4', 'v1'] as const;

describe.each(VERSIONS)('client snippets keep every hostile value a value (%s)', (version) => {
  it('html: the form reads back with the same fields, the file last', () => {
    const html = snippet('html').render(forms[version]);
    const read = importHtmlForm(html);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const expected = sentFields(forms[version]).map(([name, value]) => ({
      name: wellFormed(name),
      value: value.replace(/\0/g, '\ufffd'),
    }));
    expect(read.value.fields).toEqual(expected);
    expect(read.value.files).toEqual([{ name: 'file', index: expected.length }]);
  });

  it('javascript: run by Node, FormData holds the same entries and nothing ran', async () => {
    const file = join(dir, `oss-upload-${version}.mjs`);
    writeFileSync(file, snippet('javascript').render(forms[version]));
    const module = (await import(pathToFileURL(file).href)) as {
      buildFormData: (file: Blob, options?: { fileName?: string }) => FormData;
    };
    const data = module.buildFormData(new Blob(['x']), { fileName: 'a.txt' });
    const entries = [...data.entries()];
    expect(entries.slice(0, -1)).toEqual(sentFields(forms[version]));
    expect(entries.at(-1)?.[0]).toBe('file');
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('curl: a POSIX shell hands curl exactly the words, --globoff first', async () => {
    const script = join(dir, `upload-${version}.sh`);
    writeFileSync(
      script,
      `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${snippet('curl').render(forms[version])}`,
    );
    const { stdout } = await run('sh', [script], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const words = stdout.split('\0').slice(0, -1);
    expect(words.slice(0, 3)).toEqual(['--globoff', '--fail-with-body', '-sS']);
    const expected = sentFields(forms[version]).flatMap(([name, value]) => [
      '--form-string',
      `${name}=${value}`.replace(/\0/g, ''),
    ]);
    expect(words.slice(3, 3 + expected.length)).toEqual(expected);
    expect(words.at(-1)).toBe('http://127.0.0.1:9/examplebucket');
  });
});

const SIGNERS = [
  { id: 'node', file: 'sign-post.mjs', cmd: ['node'], available: true },
  {
    id: 'python',
    file: 'sign_post.py',
    cmd: ['python3'],
    available: await has('python3', ['--version']),
  },
  { id: 'go', file: 'sign_post.go', cmd: ['go', 'run'], available: await has('go', ['version']) },
  {
    id: 'java',
    file: 'SignPostForm.java',
    cmd: ['java'],
    available: await has('java', ['-version']),
  },
];

const DYNAMIC =
  /^(policy|Signature|OSSAccessKeyId|x-oss-(signature|credential|date|security-token))$/;

describe.each(SIGNERS)('$id signer, run with the hostile form', (signer) => {
  if (!signer.available) {
    it.skip(`skipped: the ${signer.id} toolchain is not installed on this machine`, () => {});
    return;
  }
  it.each(VERSIONS)(
    '%s: the same fields and conditions, a valid signature',
    async (version) => {
      const form = forms[version];
      const sub = mkdtempSync(join(dir, `${signer.id}-${version}-`));
      const file = join(sub, signer.file);
      writeFileSync(file, snippet(signer.id).render(form));
      const env = {
        ...process.env,
        OSS_ACCESS_KEY_ID: 'AKID',
        OSS_ACCESS_KEY_SECRET: 'run-secret',
        OSS_SESSION_TOKEN: '',
      };
      const [command, ...args] = signer.cmd;
      const { stdout } = await run(command, [...args, file], {
        env,
        cwd: sub,
        timeout: 120_000,
        maxBuffer: 64 << 20,
      });
      const output = JSON.parse(stdout) as { url: string; fields: Record<string, string> };
      expect(output.url).toBe(form.url);
      const statics = sentFields(form).filter(([name]) => !DYNAMIC.test(name));
      for (const [name, value] of statics) expect(output.fields[name], name).toBe(value);
      expect(Object.keys(output.fields)).toEqual(sentFields(form).map(([name]) => name));
      // Read as bytes, not judged: the form keeps a condition OSS would refuse (JSON literals).
      const decoded = JSON.parse(Buffer.from(output.fields.policy, 'base64').toString('utf8')) as {
        conditions: PolicyCondition[];
      };
      const isDynamic = (c: PolicyCondition) =>
        !Array.isArray(c) && /^x-oss-(credential|date)$/.test(Object.keys(c)[0] ?? '');
      const expected = wellFormedValue(form.policy.conditions);
      expect(decoded.conditions.filter((c) => !isDynamic(c))).toEqual(
        expected.filter((c) => !isDynamic(c)),
      );
      if (version === 'v1') {
        const signature = createHmac('sha1', 'run-secret')
          .update(output.fields.policy)
          .digest('base64');
        expect(output.fields.Signature).toBe(signature);
      } else {
        expect(output.fields['x-oss-signature']).toMatch(/^[0-9a-f]{64}$/);
      }
    },
    180_000,
  );
});

// The signing servers and the mini-program module, written for the hostile form: each compiles
// (or parses) with its own toolchain, so no value broke out of its literal or comment.
// (test/snippets/signing-servers-hostile.test.ts runs the servers and reads their answers.)
interface SyntaxCheck {
  id: string;
  file: string;
  /** The command that checks the file, and the one that tells whether its toolchain is here. */
  check: (file: string) => [string, string[]];
  tool?: [string, string[]];
}

const SERVER_CHECKS: SyntaxCheck[] = [
  { id: 'node-server', file: 'server.mjs', check: (f: string) => ['node', ['--check', f]] },
  {
    id: 'mini-program',
    file: 'oss-mini-upload.mjs',
    check: (f: string) => ['node', ['--check', f]],
  },
  {
    id: 'python-server',
    file: 'server.py',
    check: (f: string) => ['python3', ['-m', 'py_compile', f]],
    tool: ['python3', ['--version']],
  },
  {
    id: 'go-server',
    file: 'server.go',
    check: (f: string) => ['go', ['vet', f]],
    tool: ['go', ['version']],
  },
  {
    id: 'java-server',
    file: 'Server.java',
    check: (f: string) => ['javac', ['-d', join(f, '..', 'classes'), f]],
    tool: ['javac', ['-version']],
  },
];

const SERVER_SNIPPETS = await Promise.all(
  SERVER_CHECKS.map(async (c) => ({
    ...c,
    available: c.tool ? await has(...c.tool) : true,
  })),
);

it('the syntax checks reach every server and mini-program snippet the catalogue lists', () => {
  const listed = SNIPPETS.filter((s) => s.side !== 'client' && !SIGNERS.some((x) => x.id === s.id));
  expect(new Set(SERVER_SNIPPETS.map((s) => s.id))).toEqual(new Set(listed.map((s) => s.id)));
});

describe.each(SERVER_SNIPPETS)('$id snippet, written for the hostile form', (server) => {
  if (!server.available) {
    it.skip(`skipped: the ${server.id} toolchain is not installed on this machine`, () => {});
    return;
  }
  it.each(
    VERSIONS.flatMap(
      (v) =>
        [
          [v, undefined],
          [v, 'https://page.example'],
        ] as const,
    ),
  )(
    '%s (page origin %s): its toolchain accepts it',
    async (version, pageOrigin) => {
      const sub = mkdtempSync(join(dir, `${server.id}-${version}-`));
      const file = join(sub, server.file);
      writeFileSync(
        file,
        snippet(server.id).render(forms[version], SNIPPETS_TEXTS_ZH, { pageOrigin }),
      );
      const [command, args] = server.check(file);
      await expect(
        run(command, args, { cwd: sub, timeout: 120_000, maxBuffer: 64 << 20 }),
      ).resolves.toBeDefined();
    },
    180_000,
  );
});
