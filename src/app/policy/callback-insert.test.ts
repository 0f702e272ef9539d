import { describe, expect, it } from 'vitest';
import { insertCallbackVariable } from './callback-insert.ts';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

describe('inserting an OSS variable into the callback body', () => {
  it.each([
    ['an empty form body', '', 0, 'object', FORM, 'object=${object}'],
    ['the end of a form body', 'a=1', 3, 'size', FORM, 'a=1&size=${size}'],
    ['after a trailing &', 'a=1&', 4, 'etag', FORM, 'a=1&etag=${etag}'],
    ['the start of a form body', 'a=1', 0, 'bucket', FORM, 'bucket=${bucket}&a=1'],
    ['an image variable', '', 0, 'imageInfo.width', FORM, 'width=${imageInfo.width}'],
    ['an x: variable', 'a=1', 3, 'x:order', FORM, 'a=1&order=${x:order}'],
    ['a JSON body, at the caret', '{"o":}', 5, 'object', JSON_TYPE, '{"o":${object}}'],
  ])('%s', (_, body, at, variable, type, expected) => {
    const next = insertCallbackVariable(body, at, variable, type);
    expect(next.body).toBe(expected);
    expect(next.body.slice(0, next.caret)).toContain(`\${${variable}}`);
  });
});
