import { describe, expect, it } from 'vitest';
import { buildPostForm } from '../build-post-form.ts';
import { findEnglishLeftovers } from '../errors/catalog/zh/english-leftovers.ts';
import { baseSpec } from '../fixtures/base-spec.ts';
import { encodeUtf8Base64 } from '../formats/base64.ts';
import type { Problem } from '../result.ts';
import { localizeText } from '../texts.ts';
import { callbackVarNameProblem, validateCallback } from './callback-validate.ts';
import { CALLBACK_TEXTS } from './texts-en.ts';
import { CALLBACK_TEXTS_ZH } from './texts-zh.ts';

const b64 = (value: unknown) => encodeUtf8Base64(JSON.stringify(value));
const good = { callbackUrl: 'https://cb.example.com/oss', callbackBody: 'object=${object}' };

/** The first Problem of a `callback` field value. */
function refuse(value: string): Problem {
  const result = validateCallback(value);
  if (result.ok) throw new Error(`accepted: ${value}`);
  return result.issues[0];
}

/** Each key of the table, with an input that says it (every key is reached by a real Problem). */
const CASES: [key: keyof typeof CALLBACK_TEXTS, problem: Problem][] = [
  ['too-long', refuse(b64({ ...good, callbackBody: 'a'.repeat(4000) }))],
  ['not-base64.url-safe', refuse('eyJ-YQ==')],
  ['not-base64.padding', refuse('ey=JYQ==')],
  ['not-base64.whitespace', refuse('eyJ YQ==')],
  ['not-base64.char', refuse('eyJ!YQ==')],
  ['not-base64.length', refuse('eyJhY')],
  ['not-json', refuse(b64([1]))],
  ['url-missing', refuse(b64({ callbackBody: 'a' }))],
  [
    'too-many-urls',
    refuse(b64({ ...good, callbackUrl: Array(6).fill('https://a.example/cb').join(';') })),
  ],
  ['private-address', refuse(b64({ ...good, callbackUrl: 'http://192.168.0.2/cb' }))],
  ['host-invalid', refuse(b64({ ...good, callbackHost: 1 }))],
  ['body-empty', refuse(b64({ callbackUrl: 'https://a.example/cb' }))],
  ['body-invalid', refuse(b64({ ...good, callbackBody: { a: 1 } }))],
  ['body-type', refuse(b64({ ...good, callbackBodyType: 'text/plain' }))],
  ['var-name.prefix', callbackVarNameProblem('my_var') as Problem],
  ['var-name.lower-case', callbackVarNameProblem('x:MyVar') as Problem],
];

const zh = (problem: Problem) => localizeText(problem, { callback: CALLBACK_TEXTS_ZH });

describe('the callback sentences in Chinese', () => {
  it('has a Chinese entry for every English key, and no other', () => {
    expect(Object.keys(CALLBACK_TEXTS_ZH).sort()).toEqual(Object.keys(CALLBACK_TEXTS).sort());
  });

  it('has a case for every key', () => {
    expect(CASES.map(([key]) => key).sort()).toEqual(Object.keys(CALLBACK_TEXTS).sort());
  });

  it.each(CASES)('%s', (key, problem) => {
    expect(problem.text?.id).toBe(`callback.${key}`);
    // said in English, the text is the message (the English is the table's)
    expect(localizeText(problem, { callback: CALLBACK_TEXTS })).toBe(problem.message);
    const chinese = zh(problem);
    expect(chinese).not.toBe(problem.message);
    expect(chinese).toMatch(/[\u3400-\u9fff]/);
    expect(findEnglishLeftovers(chinese)).toEqual([]);
    // every value the English shows the Chinese shows too, but the Base64 decoder's own English
    // sentence (`cause`), which the Chinese words from its values instead
    const shown = Object.entries(problem.text?.params ?? {})
      .filter(([name]) => name !== 'cause')
      .map(([, value]) => String(value))
      .filter((value) => value !== '' && problem.message.includes(value));
    expect(shown.filter((value) => !chinese.includes(value))).toEqual([]);
  });

  it.each<[string, string]>([
    [
      'eyJ-YQ==',
      "callback 表单域不是 Base64 编码：位置 3 处的字符 '-' 属于 URL 安全的 Base64；OSS 要求标准 Base64（使用 '+' 和 '/'，并以 '=' 填充）。请发送回调 JSON 的 Base64 编码。",
    ],
    [
      'eyJhY',
      "callback 表单域不是 Base64 编码：Base64 长度 5 不是 4 的倍数：内容被截断，或缺少 '=' 填充。请发送回调 JSON 的 Base64 编码。",
    ],
  ])('words the Base64 error in %s from its values, with no English in it', (value, expected) => {
    expect(zh(refuse(value))).toBe(expected);
  });
});

describe('the checks pass the callback Problem’s text on', () => {
  it.each<[string, Partial<Parameters<typeof baseSpec>[0]>, string]>([
    [
      'callback.url',
      { callback: { urls: ['http://10.0.0.8/cb'], body: 'o=${object}' } },
      'callback.private-address',
    ],
    [
      'callback.var-name',
      {
        callback: {
          urls: ['https://cb.example.com/oss'],
          body: 'o=${object}',
          vars: { 'x:A': '1' },
        },
      },
      'callback.var-name.lower-case',
    ],
  ])('%s', async (rule, overrides, textId) => {
    const form = await buildPostForm(
      baseSpec({ ...overrides, now: new Date('2025-07-01T02:44:10Z') }),
    );
    const found = form.checks.find((check) => check.id === rule);
    expect(found?.text?.id).toBe(textId);
    const chinese = localizeText(found ?? { message: '' }, { callback: CALLBACK_TEXTS_ZH });
    expect(chinese).toMatch(/[\u3400-\u9fff]/);
    expect(findEnglishLeftovers(chinese)).toEqual([]);
  });
});
