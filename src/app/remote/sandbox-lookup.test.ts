import { describe, expect, it } from 'vitest';
import { readSandboxInfo } from './sandbox-lookup.ts';

const BASE = {
  bucket: 'examplebucket',
  region: 'cn-hangzhou',
  accessKeyId: 'AK',
  accessKeySecret: 'SK',
};

describe('/__sandbox/info', () => {
  it.each([
    [
      'one endpoint',
      { ...BASE, endpoint: 'http://127.0.0.1:9100/examplebucket/' },
      'http://127.0.0.1:9100/examplebucket',
    ],
    [
      'path-style preferred among endpoints',
      {
        ...BASE,
        endpoints: {
          virtualHosted: 'http://examplebucket.localhost:9100',
          pathStyle: 'http://127.0.0.1:9100/examplebucket',
        },
      },
      'http://127.0.0.1:9100/examplebucket',
    ],
    [
      'a list of endpoints',
      { ...BASE, endpoints: ['nope', 'http://127.0.0.1:9100/examplebucket'] },
      'http://127.0.0.1:9100/examplebucket',
    ],
  ])('reads %s', (_case, json, endpoint) => {
    expect(readSandboxInfo(json)).toEqual({ ...BASE, endpoint });
  });

  it.each([
    ['no endpoint', BASE],
    [
      'no bucket',
      { endpoint: 'http://127.0.0.1:9100/b', region: 'r', accessKeyId: 'a', accessKeySecret: 's' },
    ],
    ['HTML', '<!doctype html>'],
  ])('is null for %s', (_case, json) => {
    expect(readSandboxInfo(json)).toBeNull();
  });
});
