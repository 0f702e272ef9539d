import { describe, expect, it } from 'vitest';
import { childText, decodeXmlEntities, readXml } from './xml-read.ts';
import { escapeXml, isXmlName, renderXmlElement } from './xml-write.ts';

describe('readXml', () => {
  it('reads nested elements with text, CDATA and comments', () => {
    const root = readXml(
      '<?xml version="1.0"?><!DOCTYPE x><R a="1"><!-- c --><A>x<![CDATA[<y>&amp;]]>z</A><B><C>1</C><C/></B><?pi x?></R>',
    );
    expect(root).toEqual({
      name: 'R',
      text: '',
      children: [
        { name: 'A', text: 'x<y>&amp;z', children: [] },
        {
          name: 'B',
          text: '',
          children: [
            { name: 'C', text: '1', children: [] },
            { name: 'C', text: '', children: [] },
          ],
        },
      ],
    });
    expect(childText(root!, 'A')).toBe('x<y>&amp;z');
    expect(childText(root!, 'Z')).toBeUndefined();
  });

  it.each([
    ['', null],
    ['<', null],
    ['<A>', null],
    ['<A></B>', null],
    ['<A x="></A>', null],
    ['text', null],
    ['<A/>', { name: 'A', text: '', children: [] }],
  ])('%j', (source, expected) => {
    expect(readXml(source)).toEqual(expected);
  });
});

describe('decodeXmlEntities', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''],
    ['&#65;&#x41;&#X41;', 'AA&#X41;'],
    ['&#x110000; &#99999999999;', '&#x110000; &#99999999999;'],
    ['&nbsp; &unknown; & alone', '&nbsp; &unknown; & alone'],
    ['&amp;amp;', '&amp;'],
  ])('%s → %s', (input, output) => {
    expect(decodeXmlEntities(input)).toBe(output);
  });
});

describe('xml-write', () => {
  it('escapes and renders', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
    expect(renderXmlElement('Code', 'A&B', 2)).toBe('  <Code>A&amp;B</Code>');
    expect(decodeXmlEntities(escapeXml('\t\n\r\u0000 ok'))).toBe('\t\n\r\u0000 ok');
  });

  it.each([
    ['StringToSign', true],
    ['x-oss-meta', true],
    ['_a.b', true],
    ['1bad', false],
    ['bad name', false],
    ['', false],
    ['a:b', false],
  ])('isXmlName(%j) → %s', (name, expected) => {
    expect(isXmlName(name)).toBe(expected);
  });
});
