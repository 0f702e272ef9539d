import { describe, expect, it } from 'vitest';
import { buildPostForm } from '../build-post-form.ts';
import { FIELD_SEND_ORDER, fieldRank, orderFormFields } from './field-order.ts';
import { baseSpec } from '../fixtures/base-spec.ts';
import type { FormEntry, PostFormSpec } from './form-types.ts';

const BASE: PostFormSpec = baseSpec({
  now: new Date('2025-07-01T02:44:10Z'),
  // given out of order on purpose
  fields: [
    { name: 'x-oss-server-side-encryption', value: 'AES256' },
    { name: 'X-OSS-Meta-Owner', value: 'me' },
    { name: 'x-oss-forbid-overwrite', value: 'true' },
    { name: 'cache-control', value: 'no-cache' },
    { name: 'success_action_status', value: '201' },
    { name: 'Content-Type', value: 'image/png' },
  ],
});
const CALLBACK = {
  urls: ['https://cb.example/'],
  body: 'o=${object}&v=${x:v}',
  vars: { 'x:v': '1', 'x:w': '2' },
};
// The signing fields as the builder sends them, key first (docs/oss-rules.md#send-order).
const V1_AUTH = ['key', 'OSSAccessKeyId', 'policy', 'Signature'];
const V4_AUTH = [
  'key',
  'x-oss-signature-version',
  'x-oss-credential',
  'x-oss-date',
  'policy',
  'x-oss-signature',
];
const OPTIONAL = [
  'success_action_status',
  'Content-Type',
  'Cache-Control',
  'x-oss-meta-owner',
  'x-oss-forbid-overwrite',
  'x-oss-server-side-encryption',
];

describe('field order: key first, file last, nothing after file (docs/oss-rules.md#send-order)', () => {
  it.each([
    ['V1', { signatureVersion: 'v1' }, [...V1_AUTH, ...OPTIONAL, 'file']],
    ['V4', { signatureVersion: 'v4' }, [...V4_AUTH, ...OPTIONAL, 'file']],
    [
      'V4 + STS',
      { credentials: { accessKeyId: 'STS.a', accessKeySecret: 's', securityToken: 'tok' } },
      [...V4_AUTH, 'x-oss-security-token', ...OPTIONAL, 'file'],
    ],
    [
      'V1 + STS + callback + x: vars',
      {
        signatureVersion: 'v1',
        credentials: { accessKeyId: 'STS.a', accessKeySecret: 's', securityToken: 'tok' },
        callback: CALLBACK,
      },
      [...V1_AUTH, 'x-oss-security-token', ...OPTIONAL, 'callback', 'x:v', 'x:w', 'file'],
    ],
    [
      'V4 + callback + x: vars',
      { callback: CALLBACK },
      [...V4_AUTH, ...OPTIONAL, 'callback', 'x:v', 'x:w', 'file'],
    ],
  ] as [string, Partial<PostFormSpec>, string[]][])('%s', async (_name, extra, expected) => {
    const form = await buildPostForm({ ...BASE, ...extra });
    expect(form.fields.map((f) => f.name)).toEqual(expected);
    expect(form.fields.at(-1)?.kind).toBe('file');
  });
});

describe('orderFormFields', () => {
  const field = (name: string): FormEntry => ({ kind: 'field', name, value: 'v', why: 'w' });
  const file: FormEntry = { kind: 'file', name: 'file', why: 'w' };

  it('moves the file to the end, keeps only one, and puts key first', () => {
    const out = orderFormFields([file, field('policy'), file, field('Key'), field('submit')]);
    expect(out.map((e) => e.name)).toEqual(['key', 'policy', 'submit', 'file']);
    expect(out.filter((e) => e.kind === 'file')).toHaveLength(1);
  });

  it('adds the file place when missing', () => {
    expect(orderFormFields([field('key')]).map((e) => e.name)).toEqual(['key', 'file']);
  });

  it('keeps the given order among fields of equal rank', () => {
    const out = orderFormFields([
      field('x-oss-meta-b'),
      field('x-oss-meta-a'),
      field('my-field'),
      field('other'),
    ]);
    expect(out.map((e) => e.name)).toEqual([
      'x-oss-meta-b',
      'x-oss-meta-a',
      'my-field',
      'other',
      'file',
    ]);
  });

  it.each([
    ['content-type', 'Content-Type'],
    ['OSSACCESSKEYID', 'OSSAccessKeyId'],
    ['ossaccesskeyid', 'OSSAccessKeyId'],
    ['SIGNATURE', 'Signature'],
    ['X-OSS-Object-Acl', 'x-oss-object-acl'],
    ['Success_Action_Status', 'success_action_status'],
    ['x:myVar', 'x:myVar'],
  ])('spells %s as %s', (given, canonical) => {
    expect(orderFormFields([field(given)])[0].name).toBe(canonical);
  });

  it('ranks every documented field by the send order table', () => {
    const ranks = FIELD_SEND_ORDER.filter((n) => !n.includes('*')).map(fieldRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(fieldRank('key')).toBe(0);
  });
});
