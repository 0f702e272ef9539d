// The core's Chinese: every table of sentences the core writes, the error catalogue's causes and
// solutions, the fields' reasons and the Chinese documentation links. Loaded on demand by
// use-core-texts.ts (import(), in a chunk of its own) only when the reader chose 简体中文, so an
// English reader never downloads it.
import {
  CALLBACK_TEXTS_ZH,
  canonicalFieldName,
  CATALOG_ZH,
  CHECK_TEXTS_ZH,
  chineseDocUrl,
  CORS_TEXTS_ZH,
  explainFieldInChinese,
  FILE_WHY_ZH,
  FORM_TEXTS_ZH,
  FORMATS_TEXTS_ZH,
  INTERCHANGE_TEXTS_ZH,
  LINT_TEXTS_ZH,
  localizeText,
  POLICY_TEXTS_ZH,
  PROBE_TEXTS_ZH,
  SNIPPET_TEXTS_ZH,
  type TextRef,
  type TextTable,
} from '../../oss/index.ts';
import type { CoreTexts, Said } from './core-texts.ts';

/** Each Chinese table under the namespace the core's `sayFrom` gives its sentences. */
export const CORE_TABLES_ZH: Readonly<Record<string, TextTable>> = {
  callback: CALLBACK_TEXTS_ZH,
  checks: CHECK_TEXTS_ZH,
  cors: CORS_TEXTS_ZH,
  form: FORM_TEXTS_ZH,
  formats: FORMATS_TEXTS_ZH,
  interchange: INTERCHANGE_TEXTS_ZH,
  lint: LINT_TEXTS_ZH,
  policy: POLICY_TEXTS_ZH,
  probe: PROBE_TEXTS_ZH,
  snippets: SNIPPET_TEXTS_ZH,
};

const text = (item: { message: string; text?: TextRef }) => localizeText(item, CORE_TABLES_ZH);

const said = <T extends Said>(item: T): T => ({
  ...item,
  message: text(item),
  ...(item.docUrl === undefined ? {} : { docUrl: chineseDocUrl(item.docUrl) }),
});

/**
 * The core's texts in Chinese: a sentence without a Chinese text (none today; the tables' tests
 * see to that) keeps its English rather than going blank.
 *
 * @example CHINESE_CORE_TEXTS.docUrl('https://www.alibabacloud.com/help/en/oss/developer-reference/postobject')
 * // 'https://help.aliyun.com/zh/oss/developer-reference/postobject'
 */
export const CHINESE_CORE_TEXTS: CoreTexts = {
  language: 'zh-CN',
  text,
  messages: (items) => items.map(said),
  explanation: (explanation) => {
    const chinese = CATALOG_ZH[explanation.entryKey];
    return {
      ...explanation,
      ...(chinese ? { cause: chinese.cause, solution: chinese.solution } : {}),
      ...(explanation.docUrl ? { docUrl: chineseDocUrl(explanation.docUrl) } : {}),
    };
  },
  form: (form) => ({
    ...form,
    checks: form.checks.map(said),
    // Why each entry is there (names as typed: the core's reasons are for canonical names).
    fields: form.fields.map((entry) => ({
      ...entry,
      why:
        entry.kind === 'file'
          ? FILE_WHY_ZH
          : explainFieldInChinese(canonicalFieldName(entry.name), form.version),
    })),
  }),
  docUrl: chineseDocUrl,
};
