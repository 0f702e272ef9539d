import { describe, expect, it } from 'vitest';
import { callbackStringToSign } from './callback-signature.ts';

describe('callbackStringToSign: URL-decoded path, query as sent, "\\n", body', () => {
  it.each<[string, string, string, string]>([
    ['path only', 'http://cb.example.com/index.php', 'a=1', '/index.php\na=1'],
    [
      'path and query',
      'http://cb.example.com/index.php?id=1&index=2',
      'b',
      '/index.php?id=1&index=2\nb',
    ],
    [
      'the path is decoded, the query is not',
      'https://cb.example.com/%E4%B8%AD.php?k=%20v',
      '{}',
      '/中.php?k=%20v\n{}',
    ],
    ['no path', 'http://cb.example.com', 'x', '/\nx'],
    ['no path, a query', 'http://cb.example.com?x=1', 'x', '/?x=1\nx'],
    ['a port and a fragment', 'http://cb.example.com:8080/a#frag', '', '/a\n'],
    ['a broken escape stays as written', 'http://cb.example.com/%E4.php', '', '/%E4.php\n'],
  ])('%s', (_name, url, body, expected) => {
    expect(callbackStringToSign(url, body)).toBe(expected);
  });
});
