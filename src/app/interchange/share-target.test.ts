import { describe, expect, it } from 'vitest';
import { encodeShareState } from '../../oss/index.ts';
import { sharedTargetOf } from './share-target.ts';

const link = (target: object) => `#${encodeShareState({ target }).fragment}`;

describe('sharedTargetOf: where a share link sends signed forms', () => {
  it.each([
    [
      'a custom endpoint on another host',
      {
        mode: 'custom',
        endpoint: 'http://attacker.example/examplebucket',
        bucket: 'examplebucket',
        region: 'cn-hangzhou',
      },
      {
        url: 'http://attacker.example/examplebucket',
        host: 'attacker.example',
        oss: false,
        http: true,
      },
    ],
    [
      'an OSS region',
      { mode: 'region', endpoint: '', bucket: 'examplebucket', region: 'cn-hangzhou' },
      {
        url: 'https://examplebucket.oss-cn-hangzhou.aliyuncs.com',
        host: 'examplebucket.oss-cn-hangzhou.aliyuncs.com',
        oss: true,
        http: true,
      },
    ],
    [
      'a javascript: endpoint',
      { mode: 'custom', endpoint: 'javascript://%0aalert(1)', bucket: 'b', region: 'r' },
      {
        url: 'javascript://%0aalert(1)',
        host: 'javascript://%0aalert(1)',
        oss: false,
        http: false,
      },
    ],
  ])('%s is named', (_, target, expected) => {
    expect(sharedTargetOf(link(target))).toEqual(expected);
  });

  it.each([
    [
      'the sandbox',
      link({ mode: 'sandbox', endpoint: 'http://attacker.example/', bucket: 'b', region: 'r' }),
    ],
    ['no target', `#${encodeShareState({ key: 'a' }).fragment}`],
    ['an anchor', '#share'],
    ['a damaged link', '#1.%%%'],
  ])('%s raises no alert', (_, hash) => {
    expect(sharedTargetOf(hash)).toBeNull();
  });
});
