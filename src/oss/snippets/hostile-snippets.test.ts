// Every snippet the catalogue lists (SNIPPETS: a kind added later is covered by this table the
// moment it is listed), in every comment language, rendered for a form holding the 128 hostile
// values as field values, field names, condition values, the URL, the date and the expiration:
// no value may end a line, leave its string or comment, close a <script>, or carry a character
// a compiler refuses. The run tests (hostile-snippets.run.test.ts) then run the seven for real.
import { describe, expect, it } from 'vitest';
import type { FormEntry, PostForm } from '../form/form-types.ts';
import type { PolicyCondition } from '../policy/policy-types.ts';
import {
  HOSTILE_EXPIRATION,
  HOSTILE_NAMES,
  HOSTILE_PAYLOADS,
  HOSTILE_VALUES,
} from '../fixtures/hostile-values.ts';
import { SNIPPETS } from './snippet-catalog.ts';
import { SNIPPETS_TEXTS, type SnippetTexts } from './texts-en.ts';
import { SNIPPETS_TEXTS_ZH } from './texts-zh.ts';

/** A V4 form (or V1) carrying every hostile value; built by hand, as an imported form may be. */
function hostileForm(version: 'v4' | 'v1' = 'v4'): PostForm {
  const named = (name: string, value: string): FormEntry => ({
    kind: 'field',
    name,
    value,
    why: '',
  });
  const userFields = [
    ...HOSTILE_VALUES.map((value, i) => named(`x-oss-meta-h${i}`, value)),
    ...HOSTILE_NAMES.map((name) => named(name, `${name} value`)),
    ...HOSTILE_PAYLOADS.filter((p) => !p.includes('\0')).map((p, i) =>
      named(`x-oss-meta-n${i}${p}`, `name ${i}`),
    ),
    named('x-oss-meta-long', '用'.repeat(25_000)),
  ];
  const auth: FormEntry[] =
    version === 'v4'
      ? [
          named('x-oss-signature-version', 'OSS4-HMAC-SHA256'),
          named('x-oss-credential', `AK/20300101/cn-hangzhou/oss/aliyun_v4_request`),
          named('x-oss-date', '20300101T000000Z'),
          named('policy', 'e30='),
          named('x-oss-signature', '00'),
        ]
      : [named('OSSAccessKeyId', 'AK'), named('policy', 'e30='), named('Signature', 'AA==')];
  const conditions: PolicyCondition[] = [
    { bucket: 'examplebucket' },
    ...HOSTILE_VALUES.map((v, i): PolicyCondition => ['eq', `$x-oss-meta-h${i}`, v]),
    JSON.parse('{"__proto__": "proto condition"}') as PolicyCondition,
    { constructor: 'constructor condition' },
    ['in', '$content-type', ['a', '"PWN\n', '\u2028PWN']],
    ['eq', '$x-oss-meta-literals', true, null, 1e21] as unknown as PolicyCondition,
  ];
  return {
    // V1 forms carry a javascript: URL, V4 ones a URL full of curl globs and quotes.
    url:
      version === 'v1'
        ? 'javascript://%0aPWN()'
        : 'https://examplebucket.oss-cn-hangzhou.aliyuncs.com/[1-3]/{a,b}\'"<>`$(PWN)',
    version,
    fields: [
      named('key', `k/${HOSTILE_PAYLOADS.join('')}`),
      ...auth,
      ...userFields,
      { kind: 'file', name: 'file', why: '' },
    ],
    policy: { expiration: HOSTILE_EXPIRATION, conditions },
    policyJson: '',
    policyBase64: '',
    signature: '',
    ...(version === 'v4'
      ? { credential: 'AK/20300101/cn-hangzhou/oss/aliyun_v4_request', date: `2030\u2028PWN=1` }
      : {}),
    checks: [],
  };
}

const SNIPPET_LANGUAGES: [string, SnippetTexts][] = [
  ['en', SNIPPETS_TEXTS],
  ['zh-CN', SNIPPETS_TEXTS_ZH],
];

// Characters that end a line in some language, a NUL, a byte-order mark, a lone surrogate.
const FORBIDDEN_CHARS =
  /[\0\r\v\f\u0085\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const CASES = SNIPPETS.flatMap((snippet) =>
  SNIPPET_LANGUAGES.flatMap(([language, texts]) =>
    (['v4', 'v1'] as const).map((version) => ({ snippet, language, texts, version })),
  ),
);

describe.each(CASES)(
  '$snippet.id snippet ($language, $version), hostile values',
  ({ snippet, texts, version }) => {
    const text = snippet.render(hostileForm(version), texts);

    it('holds no line terminator but LF, no NUL, no U+FEFF, no lone surrogate', () => {
      const at = text.search(FORBIDDEN_CHARS);
      expect(at, JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))).toBe(-1);
    });

    it('starts no line with a value: every value stayed inside its string or comment', () => {
      const lines = text.split('\n').filter((line) => /^\s*(?:\/\/|#|\*)?\s*PWN/.test(line));
      expect(lines).toEqual([]);
    });

    it('never closes a <script> nor opens an HTML comment inside one', () => {
      expect(text).not.toMatch(/<\/script/i);
      if (snippet.mimeType === 'text/javascript') expect(text).not.toContain('<!--');
    });

    it('writes no javascript: URL', () => {
      expect(text).not.toMatch(/(?:action|href|src)\s*=\s*["']?\s*javascript:/i);
    });
  },
);

describe('the hostile table', () => {
  it('has 128 values and reaches every snippet the catalogue lists', () => {
    expect(HOSTILE_VALUES).toHaveLength(128);
    expect(new Set(CASES.map((c) => c.snippet.id))).toEqual(new Set(SNIPPETS.map((s) => s.id)));
  });
});
