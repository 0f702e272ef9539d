import { describe, expect, it } from 'vitest';
import { findEnglishLeftovers } from '../errors/catalog/zh/english-leftovers.ts';
import {
  buildSample,
  plainSpec,
  richSpec,
  v1Spec,
  type SampleTarget,
} from '../fixtures/sample-forms.ts';
import { auditTranslation } from '../formats/translation-audit.ts';
import { localizeText } from '../texts.ts';
import { SNIPPETS } from './snippet-catalog.ts';
import { SNIPPETS_TEXTS } from './texts-en.ts';
import { SNIPPETS_TEXTS_ZH } from './texts-zh.ts';

const SAMPLES = {
  expiry: { scheme: 'v4', date: '20301231T000000Z', expiration: '2030-12-31T01:00:00.000Z' },
  'curl-sts': { env: 'OSS_SESSION_TOKEN' },
  'signer-purpose': { scheme: 'v1' },
  'signer-run': { command: 'OSS_ACCESS_KEY_ID=... node sign-post.mjs' },
  'signer-anew': { seconds: 3600 },
  'signer-key': { arrow: '->' },
  'label-signer': { runtime: 'Python' },
  'run-javascript': { code: "import { uploadWithProgress } from './oss-upload.js'" },
  'server-purpose': { scheme: 'v4' },
  'server-env': { names: 'PORT, OSS_HOST' },
  'label-server': { runtime: 'Go' },
  'run-mini-program': { code: "uploadToOss(wx, filePath, 'photo.jpg')" },
};

const { 'html-lang': langEn, ...COMMENTS } = SNIPPETS_TEXTS;
const { 'html-lang': langZh, ...COMMENTS_ZH } = SNIPPETS_TEXTS_ZH;

describe('SNIPPETS_TEXTS_ZH', () => {
  it('has every English key, in Chinese, keeping every value', () => {
    expect(
      auditTranslation(COMMENTS, COMMENTS_ZH, SAMPLES, findEnglishLeftovers, ['scheme']),
    ).toEqual([]);
    // The HTML snippet's language code, not prose.
    expect([langEn, langZh]).toEqual(['en', 'zh-CN']);
  });

  it('the catalogue says its labels and run lines by id, in English unchanged and in Chinese', () => {
    expect(SNIPPETS.map((s) => s.label)).toEqual([
      'HTML form',
      'curl',
      'JavaScript (fetch / XHR)',
      'Node signer',
      'Python signer',
      'Go signer',
      'Java signer',
      'Node.js server',
      'Python server',
      'Go server',
      'Java server',
      'Mini program',
    ]);
    const tables = { snippets: SNIPPETS_TEXTS_ZH };
    const zh = SNIPPETS.map((s) => localizeText({ message: s.label, text: s.labelText }, tables));
    expect(zh).toEqual([
      'HTML 表单',
      'curl',
      'JavaScript (fetch / XHR)',
      'Node 签名程序',
      'Python 签名程序',
      'Go 签名程序',
      'Java 签名程序',
      'Node.js 签名服务器',
      'Python 签名服务器',
      'Go 签名服务器',
      'Java 签名服务器',
      '小程序',
    ]);
    const runs = SNIPPETS.filter((s) => s.runText).map((s) => s.id);
    expect(runs).toEqual(['html', 'curl', 'javascript', 'mini-program']);
    for (const s of SNIPPETS.filter((x) => x.runText)) {
      expect(localizeText({ message: s.run, text: s.runText }, tables)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

const TARGET: SampleTarget = {
  endpoint: 'http://127.0.0.1:9100/examplebucket',
  bucket: 'examplebucket',
  region: 'cn-hangzhou',
  accessKeyId: 'AKIDEXAMPLE',
  accessKeySecret: 'Secret-only-here-9c41e7',
  securityToken: 'CAIS.token-only-here-52ab',
  now: new Date('2026-11-24T08:00:00Z'),
};

// A whole comment line (//, #, /** … */ and its * lines, <!-- -->, a Python docstring), or the
// trailing `// …` after code: what changes with the language. The rest of a line is code.
const COMMENT_LINE = /^(\s*)(\/\/|#|\/\*\*|\*|<!--|""")/;
const TRAILING_COMMENT = /(,) \/\/ .*$/;
const CJK = /[\u3400-\u9fff]/;

// The HTML page's own words (its lang, title, labels and button) are in the reader's language too.
const PAGE_WORDS: readonly [RegExp, string][] = [
  [/<html lang="[^"]*">/, '<html lang>'],
  [/<title>[^<]*<\/title>/, '<title>'],
  [/<label>[^<]*</, '<label><'],
  [/<button type="submit">[^<]*<\/button>/, '<button>'],
];

function codeOf(line: string): string {
  for (const [words, mask] of PAGE_WORDS) line = line.replace(words, mask);
  const whole = COMMENT_LINE.exec(line);
  if (whole) return `${whole[1]}${whole[2]}`;
  return line.replace(TRAILING_COMMENT, '$1 //');
}

function commentOf(line: string): string {
  return line
    .replace(COMMENT_LINE, '')
    .replace(/^.*?, \/\/ /, '')
    .replace(/(\*\/|-->|""")\s*$/, '');
}

describe('snippets in zh-CN: the same code, the comments in Chinese', () => {
  const cases = SNIPPETS.flatMap((snippet) => [
    [snippet.id, 'plain V4', snippet, plainSpec(TARGET)] as const,
    [snippet.id, 'rich V4 + STS', snippet, richSpec(TARGET)] as const,
    [snippet.id, 'V1', snippet, v1Spec(TARGET)] as const,
  ]);
  it.each(cases)('%s (%s)', async (_id, _form, snippet, spec) => {
    const form = await buildSample(spec);
    const english = snippet.render(form).split('\n');
    const chinese = snippet.render(form, SNIPPETS_TEXTS_ZH).split('\n');
    expect(snippet.render(form, SNIPPETS_TEXTS)).toBe(english.join('\n'));
    expect(chinese.map(codeOf)).toEqual(english.map(codeOf));
    const changed = chinese.filter((line, i) => line !== english[i]);
    expect(changed.length).toBeGreaterThanOrEqual(2);
    if (snippet.id === 'html') expect(chinese).toContain('<html lang="zh-CN">');
    for (const line of changed.filter((l) => !l.startsWith('<html lang='))) {
      expect(line).toMatch(CJK);
      expect(findEnglishLeftovers(commentOf(line))).toEqual([]);
    }
    // Every comment line with English prose was translated.
    const proseLeft = chinese.filter(
      (line, i) =>
        line === english[i] &&
        codeOf(line) !== line &&
        /[a-z]{3,} [a-z]{3,}/i.test(commentOf(line)),
    );
    expect(proseLeft).toEqual([]);
  });
});
