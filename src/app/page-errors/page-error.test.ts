import { describe, expect, it } from 'vitest';
import { PAGE_ERRORS_TEXTS } from './texts-en.ts';
import { PAGE_ERRORS_TEXTS_ZH as chinese } from './texts-zh.ts';
import { PageError, sayPageError } from './page-error.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

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

  it('says it in English from its table', () => {
    const error = new PageError('signFailed', { reason: 'bad key' });
    expect(sayPageError(error, textsNow(PAGE_ERRORS_TEXTS))).toBe(
      'The form could not be signed: bad key',
    );
  });

  it('says any other error by its own message', () => {
    expect(sayPageError(new TypeError('boom'), chinese)).toBe('boom');
    expect(sayPageError('text', chinese)).toBe('text');
  });
});
