import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OssError } from './error-types.ts';
import { OSS_ERROR_BODIES } from '../fixtures/oss-error-bodies.ts';
import { parseOssError } from './parse-oss-error.ts';
import { renderOssErrorXml } from './render-oss-error.ts';

describe('parseOssError: OSS error bodies (documented and captured OSS samples)', () => {
  it.each(OSS_ERROR_BODIES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    expect(parseOssError(fixture.body, fixture.headers)).toEqual(fixture.expected);
  });
});

describe('parseOssError: tolerant reading', () => {
  const minimal = '<Error><Code>AccessDenied</Code><Message>m</Message></Error>';
  it.each([
    ['BOM and declaration', `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n${minimal}`],
    ['leading and trailing whitespace', `\n\t  ${minimal}  \n\n`],
    ['comment before the root', `<!-- captured 2024 -->${minimal}`],
    [
      'whitespace around Code',
      '<Error><Code>\n  AccessDenied\n</Code><Message>m</Message></Error>',
    ],
    [
      'attributes on the root',
      '<Error xmlns="x" a=\'>\'><Code>AccessDenied</Code><Message>m</Message></Error>',
    ],
    ['closing tag with space', '<Error ><Code>AccessDenied</Code ><Message>m</Message></Error >'],
  ])('%s', (_name, body) => {
    expect(parseOssError(body)).toEqual({ code: 'AccessDenied', message: 'm', extra: {} });
  });

  it('decodes the predefined and numeric entities in every value', () => {
    const body =
      '<Error><Code>X</Code><Message>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42;&#x1F600;</Message>' +
      '<Header>&amp;lt;</Header></Error>';
    expect(parseOssError(body)).toEqual({
      code: 'X',
      message: 'a & b <c> "d" \'e\' AB😀',
      extra: { Header: '&lt;' },
    });
  });

  it('keeps unknown and empty child elements in extra, first occurrence wins', () => {
    const body =
      '<Error><Code>X</Code><Message>m</Message><A>1</A><B/><A>2</A><Code>Y</Code></Error>';
    expect(parseOssError(body)).toEqual({ code: 'X', message: 'm', extra: { A: '1', B: '' } });
  });

  it('gives an empty message when Message is absent', () => {
    expect(parseOssError('<Error><Code>FileImmutable</Code></Error>')).toEqual({
      code: 'FileImmutable',
      message: '',
      extra: {},
    });
  });

  it('prefers the body over headers, and reads headers in any case', () => {
    const body = '<Error><Code>X</Code><Message>m</Message><RequestId>BODY</RequestId></Error>';
    expect(
      parseOssError(body, { 'X-OSS-REQUEST-ID': 'HEADER', 'x-Oss-Ec': ' 0002-00000705 ' }),
    ).toEqual({ code: 'X', message: 'm', requestId: 'BODY', ec: '0002-00000705', extra: {} });
  });

  it.each([
    ['empty body', ''],
    ['whitespace only', ' \n '],
    [
      'truncated inside an element',
      '<?xml version="1.0"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Mess',
    ],
    ['truncated before the root closes', '<Error><Code>AccessDenied</Code><Message>m</Message>'],
    ['mismatched closing tag', '<Error><Code>AccessDenied</Message></Error>'],
    ['unterminated CDATA', '<Error><Code><![CDATA[X</Code></Error>'],
    ['unterminated comment', '<Error><!-- <Code>X</Code></Error>'],
    ['other root element', '<PostResponse><Bucket>b</Bucket></PostResponse>'],
    ['no Code', '<Error><Message>m</Message></Error>'],
    ['blank Code', '<Error><Code>  </Code></Error>'],
    ['text after the root', '<Error><Code>X</Code></Error>trailing'],
    ['two roots', '<Error><Code>X</Code></Error><Error><Code>Y</Code></Error>'],
    ['plain text', 'Bad Gateway'],
    ['JSON', '{"Code":"AccessDenied","Message":"m"}'],
    [
      'HTML page',
      '<!DOCTYPE html><html><head><title>502</title></head><body><h1>Bad Gateway</h1><br></body></html>',
    ],
    ['deep nesting', `${'<a>'.repeat(200)}${'</a>'.repeat(200)}`],
  ])('%s → null', (_name, body) => {
    expect(parseOssError(body)).toBeNull();
  });

  it('gives null for a non-string body instead of throwing', () => {
    expect(parseOssError(undefined as unknown as string)).toBeNull();
  });
});

describe('parseOssError: properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        parseOssError(text);
        parseOssError(`<Error><Code>X</Code><Message>${text}</Message></Error>`);
        parseOssError(`<Error>${text}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on XML-ish fragments', () => {
    const piece = fc.constantFrom(
      '<Error>',
      '</Error>',
      '<Code>',
      '</Code>',
      'X',
      '&amp;',
      '&#x110000;',
      '&#99999999999;',
      '<![CDATA[',
      ']]>',
      '<!--',
      '-->',
      '<?',
      '?>',
      '"',
      "'",
      '/>',
      '<',
      '>',
      '&',
      '\uFEFF',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        parseOssError(pieces.join(''));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back what renderOssErrorXml wrote', () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,20}$/);
    const trimmed = text.map((t) => t.trim()).filter((t) => t !== '');
    const error = fc.record(
      {
        code: word,
        message: text,
        requestId: trimmed,
        hostId: trimmed,
        ec: trimmed,
        extra: fc.dictionary(
          word.filter(
            (n) => !['Code', 'Message', 'RequestId', 'HostId', 'EC', 'RecommendDoc'].includes(n),
          ),
          text,
          { maxKeys: 4 },
        ),
      },
      { requiredKeys: ['code', 'message', 'extra'] },
    );
    fc.assert(
      fc.property(error, (input) => {
        const parsed = parseOssError(renderOssErrorXml(input as OssError));
        const expected: OssError = { ...(input as OssError), extra: { ...input.extra } };
        if (input.ec !== undefined) {
          expected.recommendDoc = `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(input.ec)}`;
        }
        expect(parsed).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
