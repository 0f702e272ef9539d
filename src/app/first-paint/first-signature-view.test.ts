import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from '../form/defaults.ts';
import { HEADER_TEXTS } from '../header/texts-en.ts';
import type { SandboxInfo } from '../remote/sandbox-lookup.ts';
import { RESULT_TEXTS } from '../result/texts-en.ts';
import { VERDICT_TEXTS } from '../result/verdict-texts-en.ts';
import { signNow, specOf } from '../sign-ahead.ts';
import { signingContext, startingValues } from '../use-sandbox-prefill.ts';
import {
  firstSignatureView,
  mountView,
  type ViewElement,
  type ViewNode,
} from './first-signature-view.ts';
import { FIRST_PAINT_TEXTS } from './texts-en.ts';

const SANDBOX: SandboxInfo = {
  endpoint: 'http://127.0.0.1:9000/examplebucket',
  bucket: 'examplebucket',
  region: 'cn-hangzhou',
  accessKeyId: 'LTAI5tSandboxDemoKey',
  accessKeySecret: 'sandbox-demo-secret',
};
const TEXTS = {
  header: HEADER_TEXTS,
  result: RESULT_TEXTS,
  verdict: VERDICT_TEXTS,
  firstPaint: FIRST_PAINT_TEXTS,
};

/** The view's text, as a reader would read it. */
function textOf(node: ViewNode): string {
  return typeof node === 'string' ? node : (node.children ?? []).map(textOf).join('');
}

/** The first element with this class. */
function find(node: ViewNode, className: string): ViewNode | undefined {
  if (typeof node === 'string') return undefined;
  if (node.attrs?.class?.split(' ').includes(className)) return node;
  for (const child of node.children ?? []) {
    const found = find(child, className);
    if (found) return found;
  }
  return undefined;
}

/** Every element with this tag. */
function elements(node: ViewNode, tag: string): ViewElement[] {
  if (typeof node === 'string') return [];
  const inside = (node.children ?? []).flatMap((child) => elements(child, tag));
  return node.tag === tag ? [node, ...inside] : inside;
}

async function signed(values = startingValues(SANDBOX)) {
  return (await signNow(specOf(values, signingContext(null, SANDBOX)))).form;
}

describe('the first paint of the signed form', () => {
  it('shows the V4 form as the signed-form panel does: URL, signature, credential, date, policy', async () => {
    const form = await signed();
    const view = firstSignatureView({ form, texts: TEXTS, locale: 'en' });
    const facts = textOf(find(view, 'facts')!);
    for (const value of [
      form.url,
      form.signature,
      form.credential!,
      form.date!,
      form.policyBase64,
    ]) {
      expect(facts).toContain(value);
    }
    expect(textOf(find(view, 'signature-value')!)).toMatch(/^[0-9a-f]{64}$/);
    expect(facts).toContain(RESULT_TEXTS.signatureV4);
  });

  it.each([
    [
      'a V1 form: its signature name, no credential or date',
      {
        ...startingValues(SANDBOX),
        credentials: { ...startingValues(SANDBOX).credentials, signatureVersion: 'v1' as const },
      },
      [RESULT_TEXTS.signatureV1],
      [RESULT_TEXTS.credential, RESULT_TEXTS.date],
    ],
    [
      'no secret: says how to sign',
      { ...DEFAULT_VALUES, credentials: { ...DEFAULT_VALUES.credentials, accessKeySecret: '' } },
      [RESULT_TEXTS.noSecret],
      [],
    ],
  ])('%s', async (_case, values, shown, absent) => {
    const facts = textOf(
      find(
        firstSignatureView({ form: await signed(values), texts: TEXTS, locale: 'en' }),
        'facts',
      )!,
    );
    for (const text of shown) expect(facts).toContain(text);
    for (const text of absent) expect(facts).not.toContain(text);
  });

  it('is inert, says the form is being checked and the editor loading, and names the sandbox account', async () => {
    const view = firstSignatureView({
      form: await signed(),
      texts: TEXTS,
      locale: 'en',
      sandboxAccount: '2026-01-05',
    });
    expect(typeof view !== 'string' && view.attrs).toMatchObject({
      inert: '',
      'aria-busy': 'true',
    });
    expect(textOf(find(view, 'verdict-bar')!)).toBe(FIRST_PAINT_TEXTS.checking);
    expect(textOf(view)).toContain(FIRST_PAINT_TEXTS.loadingEditor);
    expect(textOf(find(view, 'target-badge')!)).toContain(
      HEADER_TEXTS.targetSandboxAccount({ created: '2026-01-05' }),
    );
  });

  it.each([['en'], ['zh-CN']])(
    'selects the reader’s language (%s) in the language switch',
    async (locale) => {
      const view = firstSignatureView({ form: await signed(), texts: TEXTS, locale });
      const selected = elements(view, 'option').filter(
        (option) => 'selected' in (option.attrs ?? {}),
      );
      expect(selected.map((option) => option.attrs?.value)).toEqual([locale]);
    },
  );
});

describe('mountView', () => {
  it('puts every text in a text node: markup in a value is shown, never parsed', () => {
    const made: string[] = [];
    const fake = {
      createTextNode: (text: string) => (made.push(`text:${text}`), { text }),
      createElement: (tag: string) => {
        made.push(`element:${tag}`);
        return {
          setAttribute: (name: string) => made.push(`attr:${name}`),
          append: () => undefined,
        };
      },
    } as unknown as Document;
    mountView(
      { tag: 'code', attrs: { class: 'x' }, children: ['<img src=x onerror=alert(1)>'] },
      fake,
    );
    expect(made).toEqual(['element:code', 'attr:class', 'text:<img src=x onerror=alert(1)>']);
  });
});
