import { describe, expect, it } from 'vitest';
import { renderOssErrorXml, troubleshootUrl } from './render-oss-error.ts';

const HOST = 'examplebucket.oss-cn-hangzhou.aliyuncs.com';

describe('renderOssErrorXml: the OSS <Error> layout (spec §8)', () => {
  it('writes Code, Message, RequestId, HostId, extras, then EC and its RecommendDoc', () => {
    const xml = renderOssErrorXml({
      code: 'InvalidArgument',
      message:
        "The bucket POST must contain the specified 'OSSAccessKeyId'. If it is specified, please check the order of the fields",
      requestId: '65702D2A8B5C1E3F4A6B7C8D',
      hostId: HOST,
      ec: '0002-00000706',
      extra: { ArgumentName: 'OSSAccessKeyId', ArgumentValue: '' },
    });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Error>',
        '  <Code>InvalidArgument</Code>',
        '  <Message>The bucket POST must contain the specified &apos;OSSAccessKeyId&apos;. If it is specified, please check the order of the fields</Message>',
        '  <RequestId>65702D2A8B5C1E3F4A6B7C8D</RequestId>',
        `  <HostId>${HOST}</HostId>`,
        '  <ArgumentName>OSSAccessKeyId</ArgumentName>',
        '  <ArgumentValue></ArgumentValue>',
        '  <EC>0002-00000706</EC>',
        '  <RecommendDoc>https://api.aliyun.com/troubleshoot?q=0002-00000706</RecommendDoc>',
        '</Error>',
        '',
      ].join('\n'),
    );
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

describe('troubleshootUrl', () => {
  it.each([
    ['0002-00000706', 'https://api.aliyun.com/troubleshoot?q=0002-00000706'],
    ['a&b', 'https://api.aliyun.com/troubleshoot?q=a%26b'],
  ])('%s → %s', (ec, url) => {
    expect(troubleshootUrl(ec)).toBe(url);
  });
});
