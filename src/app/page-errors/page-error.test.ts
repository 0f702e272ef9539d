import { describe, expect, it } from 'vitest';
import zh from '../../ui/i18n/zh-CN/page-errors.json';
import { PAGE_ERRORS_EN, pageErrorMessages } from './messages.ts';
import { PageError, sayPageError, type PageErrorTexts } from './page-error.ts';

/** The Chinese catalogue entries as the page's i18n would give them (params filled). */
const chinese = Object.fromEntries(
  Object.entries(zh['page-errors']).map(([key, text]) => [
    key,
    (values: Record<string, string | number> = {}) =>
      text.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all)),
  ]),
) as unknown as PageErrorTexts;

describe('PageError', () => {
  it('carries the English sentence as its message, with the values filled in', () => {
    const error = new PageError('stsHttp', {
      url: 'https://a.example/sts',
      status: 403,
      body: 'no',
    });
    expect(error.message).toBe('https://a.example/sts answered HTTP 403: no');
    expect(error).toBeInstanceOf(Error);
  });

  it.each([
    [
      new PageError('stsUnreachable', { url: 'https://a.example/sts' }),
      '无法访问 https://a.example/sts',
    ],
    [new PageError('loadEvaluator', { reason: 'offline' }), '无法加载试运行模块（offline）'],
    [new PageError('stsNoCredentials', {}), '响应中没有 AccessKeyId'],
  ])('says %s in Chinese', (error, start) => {
    expect(sayPageError(error, chinese)).toContain(start);
  });

  it('says it in English from the page’s catalogue', () => {
    const error = new PageError('signFailed', { reason: 'bad key' });
    expect(sayPageError(error, pageErrorMessages.get())).toBe(
      'The form could not be signed: bad key',
    );
  });

  it('says any other error by its own message', () => {
    expect(sayPageError(new TypeError('boom'), chinese)).toBe('boom');
    expect(sayPageError('text', chinese)).toBe('text');
  });

  it('has a Chinese sentence for every English one', () => {
    expect(Object.keys(zh['page-errors']).sort()).toEqual(Object.keys(PAGE_ERRORS_EN).sort());
  });
});
