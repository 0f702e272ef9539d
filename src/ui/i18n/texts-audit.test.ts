import { describe, expect, it } from 'vitest';
import {
  defineTexts,
  englishOf,
  findEnglishLeftovers,
  namespaceOf,
  translate,
} from '../../oss/index.ts';
import { auditTexts, type TextsModule } from './audit-texts.ts';

// Every table of texts the page and the core have, found by the one naming rule (a folder's
// texts-en.ts and the texts-zh.ts beside it; a lazily loaded part's <part>-texts-en.ts), the way
// the loader (texts.ts) finds the translations.
const ENGLISH = import.meta.glob<TextsModule>('/src/**/*texts-en.ts', { eager: true });
const CHINESE = import.meta.glob<TextsModule>('/src/**/*texts-zh.ts', { eager: true });
const IDENTITY = { namespaceOf, englishOf };

// Names, the same in every language: the product's, the AccessKey ID as the console writes it
// (docs/glossary-zh.md), and the HTML snippet's language code.
const SAME_IN_EVERY_LANGUAGE = [
  'header.product',
  'app.interchange.accessKeyId',
  'snippets.html-lang',
];

// Texts whose Chinese says a parameter its own way: the Base64 faults name the character and its
// place where the English passes one English clause (`cause`), a JSON syntax error says what was
// expected and found, and a range's bound ('minimum') becomes 最小值 or 最大值. Their folders' own
// tests (src/oss/callback/texts-zh.test.ts, src/oss/policy/texts-zh.test.ts) check them with samples.
const REWORDED: readonly string[] = [
  'callback.not-base64.url-safe',
  'callback.not-base64.padding',
  'callback.not-base64.whitespace',
  'callback.not-base64.char',
  'callback.not-base64.length',
  'policy.json-syntax-at',
  'policy.range-not-integer',
];

describe('every text of the page and the core', () => {
  it('finds the tables of every layer', () => {
    // A glob that found nothing would make every check below pass vacuously.
    const namespaces = Object.values(ENGLISH).flatMap((module) =>
      Object.values(module).map(namespaceOf),
    );
    expect(namespaces).toEqual(
      expect.arrayContaining(['checks', 'catalog', 'field-why', 'snippets', 'ui.snippets']),
    );
  });

  const audit = auditTexts(
    ENGLISH,
    CHINESE,
    IDENTITY,
    findEnglishLeftovers,
    SAME_IN_EVERY_LANGUAGE,
  );
  it.each([
    ['each table made by defineTexts or translate, named after its namespace', audit.names],
    ['each namespace once', audit.duplicates],
    ['each English table translated beside it', audit.untranslated],
    ['no key without Chinese', audit.missing],
    ['no Chinese key that the English lacks', audit.extra],
    ['no empty Chinese entry', audit.empty],
    ['no Chinese entry left in English', audit.english],
    [
      'no parameter lost or invented',
      audit.params.filter((fault) => !REWORDED.includes(fault.split(':')[0]!)),
    ],
  ])('%s', (_rule, faults) => {
    expect(faults).toEqual([]);
  });
});

describe('the texts audit', () => {
  const A_TEXTS = defineTexts('a', {
    upload: 'Upload the file',
    count: (p: { n: number; total: number }) => `${p.n} of ${p.total}`,
  });
  const english = { 'x/texts-en.ts': { A_TEXTS } };
  const sound = translate(A_TEXTS, {
    upload: '上传文件',
    count: (p) => `第 ${p.n} 个，共 ${p.total} 个`,
  });
  const audit = (chinese: Record<string, TextsModule>, en: Record<string, TextsModule> = english) =>
    auditTexts(en, chinese, IDENTITY, findEnglishLeftovers, []);
  const none = {
    names: [],
    duplicates: [],
    untranslated: [],
    missing: [],
    extra: [],
    empty: [],
    english: [],
    params: [],
  };
  // A translation whose type is wrong on purpose, as a file edited without TypeScript would be.
  const loose = (table: Record<string, unknown>) =>
    translate(A_TEXTS, table as unknown as Parameters<typeof translate<typeof A_TEXTS>>[1]);

  it.each([
    ['sound', { 'x/texts-zh.ts': { A_TEXTS_ZH: sound } }, {}],
    ['no translation', {}, { untranslated: ['a'] }],
    [
      'a translation named otherwise',
      { 'x/texts-zh.ts': { A_ZH: sound } },
      { names: ['x/texts-zh.ts A_ZH: translates A_TEXTS, beside x/texts-en.ts'] },
    ],
    [
      'a translation in another folder',
      { 'y/texts-zh.ts': { A_TEXTS_ZH: sound } },
      { names: ['y/texts-zh.ts A_TEXTS_ZH: translates A_TEXTS, beside x/texts-en.ts'] },
    ],
    [
      'a key missing, a key extra',
      { 'x/texts-zh.ts': { A_TEXTS_ZH: loose({ upload: '上传文件', more: '多余' }) } },
      { missing: ['a.count'], extra: ['a.more'] },
    ],
    [
      'English left in, a parameter lost',
      {
        'x/texts-zh.ts': {
          A_TEXTS_ZH: loose({
            upload: 'Upload the file',
            count: (p: { n: number }) => `${p.n} 个`,
          }),
        },
      },
      { english: ['a.upload: no Chinese in "Upload the file"'], params: ['a.count: n,total → n'] },
    ],
    [
      'an empty entry, a string for a function',
      { 'x/texts-zh.ts': { A_TEXTS_ZH: loose({ upload: ' ', count: '个' }) } },
      { empty: ['a.upload', 'a.count: a string for a function'] },
    ],
  ])('%s', (_name, chinese, faults) => {
    expect(audit(chinese)).toEqual({ ...none, ...faults });
  });

  it('finds a table not made by defineTexts, a misnamed one, and a namespace used twice', () => {
    const B_TEXTS = { upload: 'Upload' };
    const OTHER_TEXTS = defineTexts('a', { upload: 'Upload' });
    expect(
      audit({}, { 'x/texts-en.ts': { A_TEXTS, B_TEXTS }, 'y/texts-en.ts': { OTHER_TEXTS } }),
    ).toEqual({
      ...none,
      names: [
        'x/texts-en.ts B_TEXTS: not made by defineTexts',
        "y/texts-en.ts OTHER_TEXTS: namespace 'a' wants A_TEXTS",
      ],
      duplicates: ['a: x/texts-en.ts A_TEXTS, y/texts-en.ts OTHER_TEXTS'],
      untranslated: ['a'],
    });
  });
});
