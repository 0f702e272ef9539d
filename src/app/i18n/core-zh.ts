// The core's Chinese: every table of sentences the core writes, the error catalogue's causes and
// solutions, the fields' reasons and the Chinese documentation links. Loaded on demand by
// use-core-texts.ts (import(), in a chunk of its own) only when the reader chose 简体中文, so an
// English reader never downloads it.
import {
  CALLBACK_TEXTS_ZH,
  canonicalFieldName,
  CHECK_TEXTS_ZH,
  CORS_TEXTS_ZH,
  explainFieldInChinese,
  FILE_WHY_ZH,
  FORM_TEXTS_ZH,
  FORMATS_TEXTS_ZH,
  INTERCHANGE_TEXTS_ZH,
  LINT_TEXTS_ZH,
  POLICY_TEXTS_ZH,
  SNIPPET_TEXTS_ZH,
  type SignatureVersion,
  type TextTable,
} from '../../oss/index.ts';

export { CATALOG_ZH, chineseDocUrl } from '../../oss/index.ts';

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
  snippets: SNIPPET_TEXTS_ZH,
};

/** Why a signed form's entry is there, in Chinese (names as typed: the core canonicalizes them). */
export function explainEntryInChinese(
  entry: { kind: 'field' | 'file'; name: string },
  version: SignatureVersion,
): string {
  return entry.kind === 'file'
    ? FILE_WHY_ZH
    : explainFieldInChinese(canonicalFieldName(entry.name), version);
}
