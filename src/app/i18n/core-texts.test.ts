import { describe, expect, it } from 'vitest';
import {
  buildPostForm,
  explainOssError,
  findEnglishLeftovers,
  type PostForm,
} from '../../oss/index.ts';
import { translationsIn } from '../../ui/i18n/texts.ts';
import { chineseCoreTexts, ENGLISH_CORE_TEXTS as EN } from './core-texts.ts';

// Every Chinese table, as the page's loader registers them.
const ZH = chineseCoreTexts(
  translationsIn(
    Object.values(
      import.meta.glob<Record<string, unknown>>('/src/**/*texts-zh.ts', { eager: true }),
    ),
  ),
);

async function signedForm(overrides: { key?: string; accessKeySecret?: string } = {}) {
  return buildPostForm({
    target: { bucket: 'examplebucket', region: 'cn-hangzhou' },
    credentials: {
      accessKeyId: 'LTAI5tExample',
      accessKeySecret: overrides.accessKeySecret ?? 'secret',
    },
    key: overrides.key ?? 'uploads/${filename}',
    expiration: '2099-01-01T00:00:00.000Z',
    fields: [{ name: 'x-oss-meta-owner', value: 'me' }],
    now: new Date('2098-06-01T00:00:00Z'),
  });
}

describe('the core texts a reader sees', () => {
  it('are the core English, untouched, for an English reader (or before the Chinese loads)', async () => {
    const form = await signedForm({ accessKeySecret: '' });
    expect(EN.form(form)).toBe(form);
    expect(
      EN.docUrl('https://www.alibabacloud.com/help/en/oss/developer-reference/postobject'),
    ).toBe('https://www.alibabacloud.com/help/en/oss/developer-reference/postobject');
  });

  it('say every finding of a form, and every field reason, in Chinese for a Chinese reader', async () => {
    const form: PostForm = await signedForm({ accessKeySecret: '' });
    expect(form.checks.length).toBeGreaterThan(0);
    const shown = ZH.form(form);
    expect(shown.checks.map((check) => check.id)).toEqual(form.checks.map((check) => check.id));
    for (const check of shown.checks) {
      expect(check.message).toMatch(/[\u4e00-\u9fff]/);
      expect(findEnglishLeftovers(check.message)).toEqual([]);
      expect(check.docUrl).not.toContain('/help/en/');
    }
    for (const entry of shown.fields) {
      expect(entry.why).toMatch(/[\u4e00-\u9fff]/);
      expect(findEnglishLeftovers(entry.why)).toEqual([]);
    }
    // The form itself (what is sent) is the same.
    expect(shown.fields.map((entry) => entry.kind === 'field' && entry.value)).toEqual(
      form.fields.map((entry) => entry.kind === 'field' && entry.value),
    );
    expect(shown.signature).toBe(form.signature);
  });

  it('say a check of the key in Chinese, from the checks table', async () => {
    const form = await signedForm({ key: 'a'.repeat(1100) });
    const long = ZH.form(form).checks.find((check) => check.fields.includes('key'));
    expect(long?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(long?.message).toContain('1100');
  });

  it("explain an OSS error's cause and solution in Chinese, the Code and Message verbatim", () => {
    const error = {
      code: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match the signature you provided.',
    };
    const english = explainOssError(error);
    expect(english).not.toBeNull();
    const shown = ZH.explanation(english!);
    expect(shown.code).toBe('SignatureDoesNotMatch');
    expect(shown.message).toBe(english!.message);
    expect(shown.cause).toMatch(/[\u4e00-\u9fff]/);
    expect(shown.solution).toMatch(/[\u4e00-\u9fff]/);
    expect(shown.cause).not.toBe(english!.cause);
    expect(EN.explanation(english!)).toBe(english);
  });

  it('keep the English of a record the core gives no text reference', () => {
    expect(ZH.text({ message: 'Said by the page itself.' })).toBe('Said by the page itself.');
    expect(ZH.messages([{ message: 'No reference.' }])).toEqual([{ message: 'No reference.' }]);
  });
});
