// Every Chinese sentence the page or the docs show keeps Chinese typography and one term per
// concept: no raw backticks (code is rendered as code, never as `quoted`), no half-width brackets,
// commas or straight quotes beside Chinese (“” quotes), and none of the variants docs/glossary-zh.md
// rules out. The files are found, not listed: a catalogue or a table added later is read too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bannedTerms,
  chineseInMarkdown,
  chineseInTypeScript,
  CODE_MARKED,
  listFiles,
  readAllChinese,
  typographyFaults,
} from './chinese-prose.ts';

const ROOT = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, ROOT), 'utf8');

const GLOSSARY = 'docs/glossary-zh.md';
const banned = bannedTerms(read(GLOSSARY));
const prose = readAllChinese(ROOT.href);
const chineseDocs = ['README.zh-CN.md', ...listFiles(ROOT.href, 'docs/')].filter(
  (file) => file.endsWith('.md') && file !== GLOSSARY,
);

describe('the rules catch what they are for', () => {
  it.each([
    ['请添加 `["eq", "$key", "a"]` 条件。', ['a backtick']],
    ['文件 (最大 5 GB)', ['half-width (', 'half-width )']],
    ['已选择文件, 12 字节', ['half-width ,']],
    ['表单域 "key" 由构建器写入', ['half-width "', 'half-width "']],
    ["请在文件之前调用 formData.append('Content-Type', file.type)。", []],
    ['V1（HMAC-SHA1，旧版）', []],
  ])('%s', (text, expected) => {
    expect(typographyFaults(text).map((fault) => fault.split(' beside')[0])).toEqual(expected);
  });

  it('reads template literals and JSX text, not comments or English', () => {
    const source =
      "// 注释\nconst a = `位置 ${p} 的字符`;\nconst b = 'English';\nconst c = <p>已选择 (x)</p>;";
    expect(chineseInTypeScript('x.tsx', source).map((p) => p.text)).toEqual([
      '位置 X 的字符',
      '已选择 (x)',
    ]);
  });

  it('finds the glossary’s ruled-out variants', () => {
    expect(banned.map((term) => term.variant)).toEqual(
      expect.arrayContaining(['应答', '答复', '生成器', '补齐', '连字符']),
    );
  });
});

describe('Chinese on screen', () => {
  it('finds the Chinese tables, catalogues and components', () => {
    const files = new Set(prose.map((p) => p.where));
    expect([...files].filter((file) => file.includes('texts-zh')).length).toBeGreaterThan(25);
    expect([...files].filter((file) => file.includes('catalog/zh/')).length).toBeGreaterThan(6);
  });

  it('has no backtick and no half-width bracket, comma or quote beside Chinese', () => {
    const faults = prose.flatMap((p) =>
      typographyFaults(p.text, CODE_MARKED.includes(p.where)).map(
        (fault) => `${p.where} ${p.key ?? ''}: ${fault}`,
      ),
    );
    expect(faults).toEqual([]);
  });

  it('says a stale answer is 已过时 (已过期 is an expired policy or token)', () => {
    const stale = prose.filter((p) => /stale/i.test(p.key ?? ''));
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.filter((p) => p.text.includes('已过期'))).toEqual([]);
  });
});

describe('one term per concept (docs/glossary-zh.md)', () => {
  const files = [
    ...listFiles(ROOT.href, 'src/').filter((file) => /\.(tsx?|json|md)$/.test(file)),
    ...chineseDocs,
  ];
  it.each(banned.map((term) => [term.variant, term.use] as const))('no %s (use %s)', (variant) => {
    expect(files.filter((file) => read(file).includes(variant))).toEqual([]);
  });
});

describe('the Chinese docs', () => {
  it.each(chineseDocs)('%s keeps Chinese typography', (file) => {
    const faults = chineseInMarkdown(file, read(file)).flatMap((line) =>
      typographyFaults(line.text).map((fault) => `${line.where}: ${fault}`),
    );
    expect(faults).toEqual([]);
  });
});
