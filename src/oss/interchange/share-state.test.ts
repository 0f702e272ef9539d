import { describe, expect, it } from 'vitest';
import { decodeShareState, encodeShareState } from './share-state.ts';

const SECRET = 'S3cr3t-7f1c9b2e-unique';
const TOKEN = 'CAIS-token-5d0e4a8c-unique';

const STATE = {
  target: {
    endpoint: 'http://127.0.0.1:9100/examplebucket',
    bucket: 'examplebucket',
    region: 'cn-hangzhou',
  },
  credentials: { accessKeyId: 'AKID', accessKeySecret: SECRET, securityToken: TOKEN },
  signatureVersion: 'v4',
  key: '用户/${filename}',
  conditions: [
    ['starts-with', '$key', '用户/'],
    ['eq', '$x-oss-security-token', TOKEN],
    { 'x-oss-security-token': TOKEN },
    ['content-length-range', 1, 1024],
  ],
  fields: [
    { name: 'x-oss-meta-owner', value: 'O\'Brien "张三" & <b>' },
    { name: 'x-oss-security-token', value: TOKEN },
  ],
  password: SECRET,
  nested: { deeper: [{ apiToken: TOKEN, keep: 1 }] },
};

function decodedText(fragment: string): string {
  const b64 = fragment.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return Buffer.from(b64, 'base64').toString('utf8');
}

describe('share state', () => {
  it('round-trips everything but the secrets, and the secrets are absent from the fragment', () => {
    const { fragment, stripped } = encodeShareState(STATE);
    expect(fragment).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    for (const text of [fragment, decodedText(fragment)]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
    }
    expect(stripped).toEqual([
      'credentials.accessKeySecret',
      'credentials.securityToken',
      'conditions[1]',
      'conditions[2].x-oss-security-token',
      'fields[1]',
      'password',
      'nested.deeper[0].apiToken',
    ]);
    const decoded = decodeShareState(`#${fragment}`);
    expect(decoded).toEqual({
      ok: true,
      value: {
        ...STATE,
        credentials: { accessKeyId: 'AKID' },
        conditions: [STATE.conditions[0], {}, STATE.conditions[3]],
        fields: [STATE.fields[0]],
        password: undefined,
        nested: { deeper: [{ keep: 1 }] },
      },
    });
    expect(decoded.ok && 'password' in decoded.value).toBe(false);
  });

  it('strips a secret planted in a hand-made link', () => {
    const planted = Buffer.from(JSON.stringify({ bucket: 'b', accessKeySecret: 'x' })).toString(
      'base64url',
    );
    expect(decodeShareState(`1.${planted}`)).toEqual({ ok: true, value: { bucket: 'b' } });
  });

  it.each([
    ['empty', '', 'share.format'],
    ['no version', 'eyJ9', 'share.format'],
    ['future version', '2.eyJhIjoxfQ', 'share.version'],
    [
      'cut short',
      `1.${Buffer.from('{"bucket":"examplebucket"}').toString('base64url').slice(0, 10)}`,
      'share.damaged',
    ],
    ['not UTF-8', `1.${Buffer.from([0xff, 0xfe]).toString('base64url')}`, 'share.damaged'],
    ['an array', `1.${Buffer.from('[1]').toString('base64url')}`, 'share.shape'],
    ['junk characters', '1.@@@', 'share.format'],
  ])('decode never throws: %s', (_name, fragment, id) => {
    const result = decodeShareState(fragment);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].id).toBe(id);
  });
});
