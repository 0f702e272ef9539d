import { describe, expect, it } from 'vitest';
import { parsePostResponse } from './post-response.ts';

describe('parsePostResponse', () => {
  it.each([
    [
      'the four elements OSS sends, entities decoded',
      '<?xml version="1.0" encoding="UTF-8"?>\n<PostResponse><Bucket>examplebucket</Bucket><Location>https://examplebucket.oss-cn-hangzhou.aliyuncs.com/a%26b.txt</Location><Key>a&amp;b.txt</Key><ETag>&quot;5B3C&quot;</ETag></PostResponse>',
      {
        bucket: 'examplebucket',
        location: 'https://examplebucket.oss-cn-hangzhou.aliyuncs.com/a%26b.txt',
        key: 'a&b.txt',
        etag: '"5B3C"',
      },
    ],
    ['only some elements', '<PostResponse><ETag>"E"</ETag></PostResponse>', { etag: '"E"' }],
    ['an empty 204 body', '', null],
    ['an <Error> body', '<Error><Code>AccessDenied</Code><Key>k</Key></Error>', null],
    ['a callback server reply', '{"Status":"OK"}', null],
    ['a truncated body', '<PostResponse><Key>a', null],
  ])('%s', (_name, body, expected) => {
    expect(parsePostResponse(body)).toEqual(expected);
  });
});
