import { describe, expect, it } from 'vitest';
import { endpointUrl, isInternalEndpoint, parseOssEndpoint } from './endpoint.ts';

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

describe('parseOssEndpoint', () => {
  it.each([
    [
      'bucket host',
      'examplebucket.oss-cn-hangzhou.aliyuncs.com',
      { bucket: 'examplebucket', region: 'cn-hangzhou', internal: false },
    ],
    [
      'bucket host, internal',
      'examplebucket.oss-cn-hangzhou-internal.aliyuncs.com',
      { bucket: 'examplebucket', region: 'cn-hangzhou', internal: true },
    ],
    [
      'regional host',
      'oss-ap-southeast-1.aliyuncs.com',
      { region: 'ap-southeast-1', internal: false },
    ],
    [
      'URL with path',
      'https://b-1.oss-eu-central-1.aliyuncs.com/dir/',
      { bucket: 'b-1', region: 'eu-central-1', internal: false },
    ],
    [
      'a prefix that is not a bucket name',
      'a.b.oss-cn-beijing.aliyuncs.com',
      { region: 'cn-beijing', internal: false },
    ],
    ['custom domain', 'uploads.example.com', undefined],
    ['another aliyuncs service', 'ecs.cn-hangzhou.aliyuncs.com', undefined],
    ['sandbox', 'http://127.0.0.1:9100/examplebucket', undefined],
    ['empty', '', undefined],
    ['malformed URL', 'http://[bad', undefined],
  ])('%s', (_name, text, expected) => {
    expect(parseOssEndpoint(text)).toEqual(expected);
  });
});

describe('isInternalEndpoint', () => {
  it.each([
    ['https://b.oss-cn-hangzhou-internal.aliyuncs.com', true],
    ['HTTPS://B.OSS-CN-HANGZHOU-INTERNAL.ALIYUNCS.COM/', true],
    ['oss-cn-hangzhou-internal.aliyuncs.com', true],
    ['B.OSS-CN-HANGZHOU-INTERNAL.ALIYUNCS.COM', true],
    ['https://b.oss-cn-hangzhou.aliyuncs.com', false],
    ['https://uploads.example.com/a-internal.txt', false],
    ['http://[bad', false],
  ])('%s → %s', (text, expected) => {
    expect(isInternalEndpoint(text)).toBe(expected);
  });
});
