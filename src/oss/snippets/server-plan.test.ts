// The signing-server plan: which page origin the CORS list names (only a web origin, else none),
// and app-server members found for the answer's own fields only (a field named `constructor` or
// `__proto__` is a plain field, never a member taken from Object.prototype).
// https://www.alibabacloud.com/help/doc-detail/31926.html
import { describe, expect, it } from 'vitest';
import { buildSample, plainSpec } from '../fixtures/sample-forms.ts';
import type { PostForm } from '../form/form-types.ts';
import { planServer } from './server-plan.ts';
import { SNIPPETS } from './snippet-catalog.ts';

const form: PostForm = await buildSample({
  ...plainSpec({
    endpoint: 'https://examplebucket.oss-cn-hangzhou.aliyuncs.com',
    bucket: 'examplebucket',
    region: 'cn-hangzhou',
    accessKeyId: 'AKID',
    accessKeySecret: 'secret',
  }),
  fields: ['constructor', '__proto__', 'toString', 'hasOwnProperty'].map((name) => ({
    name,
    value: `${name} value`,
  })),
});

describe('planServer: the CORS list', () => {
  it.each([
    { pageOrigin: undefined, cors: [] },
    { pageOrigin: '', cors: [] },
    { pageOrigin: 'https://example.com', cors: ['https://example.com'] },
    { pageOrigin: 'http://127.0.0.1:5173', cors: ['http://127.0.0.1:5173'] },
    { pageOrigin: 'null', cors: [] },
    { pageOrigin: 'file:///home/me/page.html', cors: [] },
    { pageOrigin: 'javascript:alert(1)', cors: [] },
    { pageOrigin: 'https://example.com/path', cors: [] },
    { pageOrigin: 'https://user:pw@example.com', cors: [] },
    { pageOrigin: 'https://example.com\n", PWN', cors: [] },
  ])('page origin $pageOrigin → $cors', ({ pageOrigin, cors }) => {
    expect(planServer(form, { pageOrigin }).corsOrigins).toEqual(cors);
  });
});

describe('planServer: prototype names are plain fields', () => {
  it('puts constructor, __proto__, toString and hasOwnProperty in fields, not members', () => {
    const plan = planServer(form);
    expect(plan.fields.map((f) => f.name)).toEqual([
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
    ]);
    expect(plan.members.every((m) => typeof m.member === 'string')).toBe(true);
    expect(plan.members.map((m) => m.member)).not.toContain('constructor');
  });

  it.each(SNIPPETS.filter((s) => s.id.endsWith('-server')).map((s) => [s.id, s] as const))(
    '%s renders without a page origin (an empty CORS list) and with one (that origin alone)',
    (_id, snippet) => {
      const corsLine = (text: string) =>
        text.split('\n').find((line) => line.includes('"OSS_CORS_ORIGINS"')) ?? '';
      const bare = snippet.render(form);
      expect(bare).toContain('constructor value');
      expect(corsLine(bare)).toMatch(/\[\]|List\.of\(\)/);
      const paged = snippet.render(form, undefined, { pageOrigin: 'https://page.example' });
      expect(corsLine(paged)).toContain('https://page.example');
      expect(corsLine(paged)).not.toMatch(/\[\]|List\.of\(\)/);
    },
  );
});
