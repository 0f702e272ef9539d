import type { PostForm } from '../../oss/index.ts';
import { HEADER_TEXTS } from '../header/texts-en.ts';
import { RESULT_TEXTS } from '../result/texts-en.ts';
import { VERDICT_TEXTS } from '../result/verdict-texts-en.ts';
import { FIRST_PAINT_TEXTS } from './texts-en.ts';

// The first signature, painted by main.tsx before the app's script has arrived: the page's header,
// the verdict's box and the signed form's values where the app will show them (the same elements
// and classes as page-header.tsx, verdict-bar.tsx and signed-form-view.tsx), inert and with its
// controls disabled (nothing acts, and a test or a reader waits for the real ones), until the app
// renders the same form over it. e2e/see-the-signature-first.spec.ts checks that nothing moves.

/** An element as plain data: what `mountView` turns into DOM. */
export interface ViewElement {
  tag: string;
  attrs?: Readonly<Record<string, string>>;
  children?: readonly ViewNode[];
}
export type ViewNode = ViewElement | string;

/** The tables the first paint speaks through, in the reader's language. */
export interface FirstPaintTexts {
  header: typeof HEADER_TEXTS;
  result: typeof RESULT_TEXTS;
  verdict: typeof VERDICT_TEXTS;
  firstPaint: typeof FIRST_PAINT_TEXTS;
}

const h = (
  tag: string,
  attrs: Readonly<Record<string, string>> = {},
  ...children: ViewNode[]
): ViewElement => ({ tag, attrs, children });

// Named in itself, as the header's language switch names them (language-switch.tsx).
const LANGUAGE_NAMES = [
  ['en', 'English'],
  ['zh-CN', '简体中文'],
] as const;

function header(texts: FirstPaintTexts['header'], locale: string, account?: string): ViewElement {
  const target = account ? texts.targetSandboxAccount({ created: account }) : texts.targetSandbox;
  return h(
    'header',
    { class: 'page-header' },
    h(
      'nav',
      { class: 'skip-links', 'aria-label': texts.skipLinks },
      h('a', { href: '#build' }, texts.skipToBuild),
      h('a', { href: '#presets' }, texts.skipToPresets),
      h('a', { href: '#result' }, texts.skipToResult),
    ),
    h(
      'div',
      { class: 'brand' },
      h('h1', {}, texts.product),
      h(
        'span',
        { class: 'target-badge' },
        h('span', { class: 'visually-hidden' }, `${texts.targetLabel}: `),
        h('span', { class: 'badge badge-info' }, target),
      ),
    ),
    h('p', { class: 'tagline' }, texts.tagline),
    h(
      'nav',
      { class: 'tools', 'aria-label': texts.tools },
      h('a', { href: '#compare' }, texts.compare),
      h('a', { href: '#share' }, texts.share),
      h('a', { href: '#self-test' }, texts.selfTest),
      h(
        'button',
        { type: 'button', class: 'link-button start-over', disabled: '' },
        texts.startOver,
      ),
      h(
        'span',
        { class: 'language-switch' },
        h(
          'select',
          { 'aria-label': texts.language, disabled: '' },
          ...LANGUAGE_NAMES.map(([code, name]) =>
            h('option', code === locale ? { value: code, selected: '' } : { value: code }, name),
          ),
        ),
      ),
    ),
  );
}

function copyButton(label: string): ViewElement {
  return h(
    'span',
    { class: 'copy' },
    h('button', { type: 'button', class: 'copy-button', disabled: '' }, label),
    h('span', { class: 'copy-said' }),
  );
}

function fact(term: ViewNode[], value: string, className?: string): ViewNode[] {
  return [
    h('dt', {}, ...term),
    h('dd', {}, h('code', className ? { class: className } : {}, value)),
  ];
}

function signedForm(form: PostForm, texts: FirstPaintTexts['result']): ViewElement {
  const signatureName = form.version === 'v4' ? texts.signatureV4 : texts.signatureV1;
  return h(
    'section',
    { id: 'signed-form', class: 'panel', 'aria-labelledby': 'signed-form-heading' },
    h('h2', { id: 'signed-form-heading' }, texts.signedTitle),
    h('p', { class: 'lead' }, texts.signedLead),
    h(
      'div',
      { class: 'signed-form' },
      h(
        'dl',
        { class: 'facts' },
        ...fact([texts.postTo], form.url),
        ...fact(
          [signatureName, ' ', copyButton(texts.copySignature)],
          form.signature || texts.noSecret,
          'signature-value',
        ),
        ...(form.credential
          ? fact([texts.credential, ' ', copyButton(texts.copyCredential)], form.credential)
          : []),
        ...(form.date ? fact([texts.date], form.date) : []),
        ...fact(
          [texts.policyBase64, ' ', copyButton(texts.copyPolicy)],
          form.policyBase64,
          'policy-value',
        ),
      ),
    ),
  );
}

/**
 * The page's first paint for a signed form: header, the two panes, the verdict's box saying the
 * form is being checked, and the signed form's values; inert, its buttons and select disabled.
 *
 * @example
 * firstSignatureView({ form, texts, locale: 'en' }).children // [header, main]
 */
export function firstSignatureView({
  form,
  texts,
  locale,
  sandboxAccount,
}: {
  form: PostForm;
  texts: FirstPaintTexts;
  locale: string;
  sandboxAccount?: string | undefined;
}): ViewElement {
  return h(
    'div',
    { class: 'first-paint', inert: '', 'aria-busy': 'true' },
    header(texts.header, locale, sandboxAccount),
    h(
      'main',
      { class: 'workspace' },
      h(
        'section',
        { class: 'build-pane', 'aria-label': texts.result.buildPane },
        h('p', { class: 'hint first-paint-loading' }, texts.firstPaint.loadingEditor),
      ),
      h(
        'section',
        { class: 'result-pane', 'aria-label': texts.result.pane },
        h(
          'div',
          { class: 'verdict-bar' },
          h(
            'div',
            { role: 'status', 'aria-label': texts.verdict.name, class: 'verdict-text' },
            h('strong', {}, texts.firstPaint.checking),
          ),
        ),
        signedForm(form, texts.result),
      ),
    ),
  );
}

/**
 * Turns a view into DOM in `document` (text as text nodes: nothing in it is parsed as HTML).
 *
 * @example root.replaceChildren(mountView(firstSignatureView({ form, texts, locale }), document))
 */
export function mountView(node: ViewNode, document: Document): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) element.setAttribute(name, value);
  for (const child of node.children ?? []) element.append(mountView(child, document));
  return element;
}
