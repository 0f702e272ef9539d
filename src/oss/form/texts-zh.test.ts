import { describe, expect, it } from 'vitest';
import { findEnglishLeftovers } from '../errors/catalog/zh/english-leftovers.ts';
import { auditTranslation } from '../formats/translation-audit.ts';
import { localizeText } from '../texts.ts';
import { validateBucketName } from './bucket-name.ts';
import { mergeUserFields } from './merge-user-fields.ts';
import { validateObjectKey } from './object-key.ts';
import { FORM_TEXTS } from './texts-en.ts';
import { FORM_TEXTS_ZH } from './texts-zh.ts';

const SAMPLES = {
  'bucket-length': { name: 'ab', length: 2, min: 3, max: 63 },
  'bucket-characters': { name: 'Ex_b' },
  'bucket-edges': { name: '-b-' },
  'key-too-long': { bytes: 1200, max: 1023 },
  'key-leading-slash': { key: '/a.png', first: '/' },
  'now-invalid': { now: '2030-01-01T00:00:00.000Z' },
  'field-invalid': { name: 'x-oss-meta-a' },
  'field-owned': { field: 'signature', source: 'callback' },
  'field-duplicate': { name: 'Content-Type' },
  'field-renamed': { field: 'content-type', name: 'Content-Type' },
  'signature-failed': { error: 'TypeError: subtle' },
  'policy-refused': {
    problem: 'The policy is empty.',
    problemKey: 'blank',
    code: 'InvalidPolicyDocument',
    ec: '0006-00000208',
  },
  'checks-failed': { error: 'RangeError: x' },
};

describe('FORM_TEXTS_ZH', () => {
  it('has every English key, in Chinese, keeping every value', () => {
    expect(
      auditTranslation(FORM_TEXTS, FORM_TEXTS_ZH, SAMPLES, findEnglishLeftovers, [
        'source',
        'problem',
        'problemKey',
      ]),
    ).toEqual([]);
  });

  it.each([
    ['key', '根据 Object 名称'],
    ['callback', '根据回调设置'],
    ['signature', '根据签名设置'],
  ])('names the owner %s in Chinese', (source, words) => {
    expect(FORM_TEXTS_ZH['field-owned']({ field: 'x', source })).toContain(words);
  });

  it('the refused policy reads its Problem in Chinese too', () => {
    const text = FORM_TEXTS_ZH['policy-refused'](SAMPLES['policy-refused']);
    expect(text).toContain('上传策略 Policy 为空');
    expect(text).toContain('InvalidPolicyDocument');
  });

  it.each([
    ['bucket', () => validateBucketName('-Ab_')],
    ['key', () => validateObjectKey('/a.png')],
  ])('the %s Problems carry a form text that reads in Chinese', (_, run) => {
    const r = run();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const issue of r.issues) {
      expect(issue.text?.id).toMatch(/^form\./);
      expect(localizeText(issue, { form: FORM_TEXTS_ZH })).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('the merge notes carry a form text', () => {
    const { notes } = mergeUserFields(
      [
        { name: 'content-type', value: 'a' },
        { name: 'Content-Type', value: 'b' },
        { name: 'Signature', value: 'c' },
      ],
      new Set(),
    );
    expect(notes.map((n) => n.text?.id)).toEqual([
      'form.field-renamed',
      'form.field-duplicate',
      'form.field-owned',
    ]);
  });
});
