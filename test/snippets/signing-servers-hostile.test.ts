// The four signing servers, written for a form holding the 128 hostile values (in field values,
// field names such as __proto__ and constructor, and conditions with JSON literals and a value
// over Java's constant limit), run for real: each answers exactly the form's fields and signs
// exactly the form's conditions, with lone surrogates as the U+FFFD a browser sends. Nothing a
// value holds runs, and no name reaches a prototype.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPostForm,
  planServer,
  SNIPPETS,
  type PolicyCondition,
  type PostForm,
  SNIPPETS_TEXTS_ZH,
} from '../../src/oss/index.ts';
import { hostileFormSpec } from '../../src/oss/fixtures/hostile-values.ts';
import { hasCommand } from './snippet-harness.ts';
import { freePort, startServerProcess, type ServerProcess } from './server-process.ts';

/** The text as a browser sends it: a lone surrogate becomes U+FFFD. */
const wellFormed = (text: string): string =>
  text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const wellFormedValue = <T>(value: T): T =>
  JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
    typeof v === 'string' ? wellFormed(v) : v,
  ) as T;

const hostileSpec = (version: 'v4' | 'v1') => hostileFormSpec(version);

const SERVERS = [
  { id: 'node-server', file: 'server.mjs', available: true, command: node },
  {
    id: 'python-server',
    file: 'server.py',
    available: await hasCommand('python3', ['--version']),
    command: (file: string): [string, string[]] => ['python3', ['-u', file]],
  },
  {
    id: 'go-server',
    file: 'server.go',
    available: await hasCommand('go', ['version']),
    command: (file: string): [string, string[]] => [
      'sh',
      ['-c', `go build -o server-bin "${file}" && exec ./server-bin`],
    ],
  },
  {
    id: 'java-server',
    file: 'Server.java',
    available: await hasCommand('java', ['-version']),
    command: (file: string): [string, string[]] => ['java', [file]],
  },
];

function node(file: string): [string, string[]] {
  return [process.execPath, [file]];
}

let forms: Record<'v4' | 'v1', PostForm>;
beforeAll(async () => {
  forms = {
    v4: await buildPostForm(hostileSpec('v4')),
    v1: await buildPostForm(hostileSpec('v1')),
  };
});

const running: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
});

/** Conditions the server writes itself: the bucket, the user's key prefix, run-time pins. */
function generated(c: PolicyCondition): boolean {
  if (Array.isArray(c))
    return /^\$(key|x-oss-(credential|date|security-token))$/i.test(String(c[1]));
  const [name] = Object.keys(c);
  return /^(bucket|x-oss-(credential|date|security-token))$/i.test(name ?? '');
}

it('runs every signing server the catalogue lists', () => {
  const listed = SNIPPETS.filter((s) => s.id.endsWith('-server')).map((s) => s.id);
  expect(new Set(SERVERS.map((s) => s.id))).toEqual(new Set(listed));
});

describe.each(SERVERS)('$id, run with the hostile form', (server) => {
  if (!server.available) {
    it.skip(`skipped: the ${server.id} toolchain is not installed on this machine`, () => {});
    return;
  }
  it.each(['v4', 'v1'] as const)(
    '%s: answers exactly the form fields and signs exactly its conditions',
    async (version) => {
      const form = forms[version];
      const snippet = SNIPPETS.find((s) => s.id === server.id);
      if (!snippet) throw new Error(`no ${server.id} in the catalogue`);
      const process_ = await startServerProcess({
        file: server.file,
        source: snippet.render(form, SNIPPETS_TEXTS_ZH),
        command: server.command,
        env: {
          OSS_ACCESS_KEY_ID: 'AKID',
          OSS_ACCESS_KEY_SECRET: 'run-secret',
          OSS_SESSION_TOKEN: '',
          PORT: String(await freePort()),
        },
      });
      running.push(process_);
      const response = await fetch(`${process_.origin}/oss/post-policy`, {
        headers: { Origin: 'https://page.example' },
      });
      expect(response.status, process_.output()).toBe(200);
      // No page origin was given: the CORS list is empty, no other origin may read the answer.
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const answer = (await response.json()) as {
        host: string;
        fields: Record<string, string>;
        policy: string;
      };
      expect(answer.host).toBe(form.url);
      const plan = planServer(form);
      const expected = plan.fields.map((f) => [wellFormed(f.name), wellFormed(f.value)]);
      const byName = (a: string[], b: string[]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
      expect(Object.entries(answer.fields).sort(byName)).toEqual(expected.sort(byName));
      expect(Object.getPrototypeOf(answer.fields)).toBe(Object.prototype);
      const policy = JSON.parse(Buffer.from(answer.policy, 'base64').toString('utf8')) as {
        conditions: PolicyCondition[];
      };
      const signed = wellFormedValue(form.policy.conditions).filter((c) => !generated(c));
      expect(policy.conditions.filter((c) => !generated(c))).toEqual(signed);
      expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    },
    180_000,
  );
});
