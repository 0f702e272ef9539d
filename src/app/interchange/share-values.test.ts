import { describe, expect, it } from 'vitest';
import { decodeShareState, encodeShareState } from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { createConditionRow } from '../form/condition-rows.ts';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';
import { fromShareState, sayShareProblem, toShareState } from './share-values.ts';
import { isShareFragment } from './share-fragment.ts';
import { readShareRestore } from './use-share-restore.ts';
import { textsNow } from '../../ui/i18n/texts.ts';

const SECRET = 'uniq-secret-7d1c9e';
const TOKEN = 'uniq-token-0b2a';
const TEXTS = textsNow(INTERCHANGE_TOOLS_TEXTS);
const SHARED: BuilderValues = {
  ...DEFAULT_VALUES,
  target: {
    mode: 'custom',
    endpoint: 'https://up.example.com',
    bucket: 'media-b',
    region: 'eu-central-1',
  },
  credentials: {
    signatureVersion: 'v1',
    accessKeyId: 'STS.abc',
    accessKeySecret: SECRET,
    securityToken: TOKEN,
  },
  key: 'fotos/${filename}',
  conditions: [createConditionRow({ kind: 'starts-with', field: 'key', value: 'fotos/' })],
  // Everything the callback editor holds: URLs, host, body type, body and an x: variable field.
  fields: [
    { name: 'x-oss-meta-ü', value: 'ä' },
    { name: 'x:order', value: '42' },
  ],
  callbackUrl: 'https://cb.example.com;https://cb2.example.com',
  callbackBody: '{"o":${object},"n":${x:order}}',
  callbackHost: 'cb.example.com',
  callbackBodyType: 'application/json',
  sendOrder: 'key-after-file',
};
const OPENER: BuilderValues = {
  ...DEFAULT_VALUES,
  credentials: { ...DEFAULT_VALUES.credentials, accessKeySecret: 'opener-secret' },
};

describe('share state ⇄ builder values', () => {
  it('the link holds neither the secret nor the token', () => {
    const { fragment } = encodeShareState(toShareState(SHARED));
    const decoded = decodeShareState(fragment);
    if (!decoded.ok) throw new Error('own fragment should decode');
    const text = JSON.stringify(decoded.value);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
    expect(atob(fragment.slice(2).replace(/-/g, '+').replace(/_/g, '/'))).not.toContain(SECRET);
  });

  it('restores everything else and empties secret and token, even the opener’s', () => {
    const { fragment } = encodeShareState(toShareState(SHARED));
    const restore = readShareRestore(`#${fragment}`, OPENER, TEXTS);
    expect(restore.kind).toBe('restored');
    if (restore.kind !== 'restored') return;
    expect(restore.problems).toEqual([]);
    expect(restore.values).toEqual({
      ...SHARED,
      credentials: { ...SHARED.credentials, accessKeySecret: '', securityToken: '' },
    });
  });

  it.each([
    ['a missing part', { key: 'a' }, 'share.missing'],
    [
      'a part of the wrong shape',
      { ...toShareState(SHARED), target: { mode: 'moon' } },
      'share.part-invalid',
    ],
  ])('%s keeps the current value and says so', (_name, state, id) => {
    const { values, problems } = fromShareState(state, OPENER, TEXTS);
    expect(problems.map((p) => p.id)).toContain(id);
    const problem = problems.find((p) => p.id === id);
    // Said again in another language's texts, the same problem reads in that language.
    const other = { ...TEXTS, linkLacks: () => 'lacks', linkPartInvalid: () => 'invalid' };
    expect(sayShareProblem(problem!, other)).toBe(id === 'share.missing' ? 'lacks' : 'invalid');
    expect(values.target).toEqual(OPENER.target);
    expect(values.credentials.accessKeySecret).toBe('');
  });

  it.each([
    ['', false],
    ['#upload', false],
    ['#1.eyJ9', true],
    ['#2.abc', true],
  ])('fragment %j is share state: %s', (hash, expected) => {
    expect(isShareFragment(hash)).toBe(expected);
  });

  it('a damaged link fails with the core’s reason, no exception', () => {
    const restore = readShareRestore('#1.@@@', OPENER, TEXTS);
    expect(restore.kind).toBe('failed');
  });
});
