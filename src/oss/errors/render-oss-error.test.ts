import { describe, expect, it } from 'vitest';
import { OSS_ERROR_BODIES } from '../fixtures/oss-error-bodies.ts';
import { renderOssErrorXml } from './render-oss-error.ts';
import { ecDocUrl } from '../limits.ts';

describe('renderOssErrorXml: the OSS <Error> layout (the OSS error response layout)', () => {
  it('writes Code, Message, RequestId, HostId, extras, then EC and its RecommendDoc', () => {
    // Fixture 03 is a body as OSS sends it; its RecommendDoc is left out so the EC must derive it.
    const fixture = OSS_ERROR_BODIES.find((f) => f.name.startsWith('03 '));
    expect(fixture?.expected.recommendDoc).toBeDefined();
    const { recommendDoc: _derived, ...error } = fixture!.expected;
    expect(renderOssErrorXml(error)).toBe(fixture!.body);
  });

  it('omits EC and RecommendDoc when there is no EC, and absent ids', () => {
    expect(
      renderOssErrorXml({
        code: 'AccessDenied',
        message: 'Invalid according to Policy: Policy expired.',
        extra: {},
      }),
    ).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>AccessDenied</Code>\n' +
        '  <Message>Invalid according to Policy: Policy expired.</Message>\n</Error>\n',
    );
  });

  it('keeps an explicit RecommendDoc', () => {
    const xml = renderOssErrorXml({
      code: 'X',
      message: 'm',
      ec: '0006-00000103',
      recommendDoc: 'https://example.test/doc',
      extra: {},
    });
    expect(xml).toContain(
      '  <EC>0006-00000103</EC>\n  <RecommendDoc>https://example.test/doc</RecommendDoc>\n',
    );
  });

  it('escapes markup and control characters, and drops extra names that are not XML names or are reserved', () => {
    const xml = renderOssErrorXml({
      code: 'X',
      message: 'a<b>&"c"\r\n\u0001',
      extra: { 'bad name': 'x', '1st': 'y', Code: 'z', Good: '<ok>' },
    });
    expect(xml).toContain('<Message>a&lt;b&gt;&amp;&quot;c&quot;&#xD;\n&#x1;</Message>');
    expect(xml).toContain('  <Good>&lt;ok&gt;</Good>\n');
    expect(xml).not.toMatch(/bad name|1st|<Code>z/);
  });
});

describe('ecDocUrl, the one EC link (as OSS writes RecommendDoc)', () => {
  it.each([
    ['0002-00000706', 'https://api.aliyun.com/troubleshoot?q=0002-00000706'],
    ['a&b', 'https://api.aliyun.com/troubleshoot?q=a%26b'],
  ])('%s → %s', (ec, url) => {
    expect(ecDocUrl(ec)).toBe(url);
  });
});
