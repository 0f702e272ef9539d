import { describe, expect, it } from 'vitest';
import { endpointUrl } from './endpoint.ts';

describe('endpointUrl', () => {
  it.each([
    [
      'region without oss-',
      'examplebucket',
      'cn-hangzhou',
      undefined,
      'https://examplebucket.oss-cn-hangzhou.aliyuncs.com',
    ],
    [
      'region with oss-',
      'examplebucket',
      'oss-cn-hangzhou',
      undefined,
      'https://examplebucket.oss-cn-hangzhou.aliyuncs.com',
    ],
    [
      'regional endpoint without scheme',
      'b',
      'cn-hangzhou',
      'oss-cn-hangzhou.aliyuncs.com',
      'https://b.oss-cn-hangzhou.aliyuncs.com',
    ],
    [
      'regional endpoint with http',
      'b',
      'cn-hangzhou',
      'http://oss-cn-hangzhou.aliyuncs.com/',
      'http://b.oss-cn-hangzhou.aliyuncs.com',
    ],
    [
      'bucket endpoint kept',
      'b',
      'cn-hangzhou',
      'https://b.oss-cn-hangzhou.aliyuncs.com',
      'https://b.oss-cn-hangzhou.aliyuncs.com',
    ],
    [
      'accelerate endpoint',
      'b',
      'cn-hangzhou',
      'oss-accelerate.aliyuncs.com',
      'https://b.oss-accelerate.aliyuncs.com',
    ],
    [
      'custom domain',
      'b',
      'cn-hangzhou',
      'https://static.example.com',
      'https://static.example.com',
    ],
    [
      'sandbox path-style',
      'examplebucket',
      'cn-hangzhou',
      'http://127.0.0.1:9100/examplebucket/',
      'http://127.0.0.1:9100/examplebucket',
    ],
    [
      'sandbox virtual-hosted',
      'examplebucket',
      'cn-hangzhou',
      'http://examplebucket.localhost:9100',
      'http://examplebucket.localhost:9100',
    ],
  ])('%s', (_name, bucket, region, endpoint, expected) => {
    expect(endpointUrl(bucket, region, endpoint === undefined ? {} : { endpoint })).toBe(expected);
  });

  it('does not throw on a malformed endpoint', () => {
    expect(endpointUrl('b', 'r', { endpoint: 'http://[bad' })).toBe('http://[bad');
  });
});
