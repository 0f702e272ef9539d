// The public surface of the PostObject core (design.md, "Public surface").
// Pure TypeScript: relative imports and `zod` only, so any TypeScript runner can load this file.

export type { Result, Problem } from './result.ts';
export { ok, fail } from './result.ts';
export type * from './policy-types.ts';
export { POLICY_OPERATORS } from './policy-types.ts';
export type * from './form-types.ts';
export type * from './check-types.ts';
export type * from './verdict-types.ts';
export type * from './error-types.ts';

// --- policy and signing ---
export { decodeBase64, encodeBase64, encodeUtf8Base64 } from './base64.ts';
export { encodePolicy, serializePolicy } from './policy-encode.ts';
export { decodePolicy } from './policy-decode.ts';
export { checkPolicyCondition, isIsoUtcInstant, validatePolicyValue } from './policy-validate.ts';
export { POLICY_OSS_ERRORS } from './policy-oss-errors.ts';
export type { OssErrorRef } from './policy-oss-errors.ts';
export { findJsonSyntaxError } from './json-syntax.ts';
export type { JsonSyntaxError } from './json-syntax.ts';
export { hmac, toHex, utf8 } from './hmac.ts';
export { standardRegion } from './region.ts';
export { credentialDay, formatOssDate, parseOssDate } from './v4-date.ts';
export { signPolicyV1 } from './sign-v1.ts';
export { deriveV4SigningKey, signPolicyV4, V4_SIGNATURE_VERSION, v4Credential } from './sign-v4.ts';
export { endpointUrl } from './endpoint.ts';
export type { EndpointOptions } from './endpoint.ts';
export { FIELD_SEND_ORDER, fieldRank, orderFormFields } from './field-order.ts';
export { explainField, FILE_WHY } from './field-why.ts';
export {
  builderConditions,
  buildPolicy,
  resolveExpiration,
  v4PolicyConditions,
} from './policy-build.ts';
export type { BuilderConditionInput } from './policy-build.ts';
export { normalizeSpec } from './post-form-spec.ts';
export type { NormalizedSpec, SpecProblem } from './post-form-spec.ts';
export { buildPostForm } from './build-post-form.ts';

// --- checks and OSS's verdict ---

// --- errors ---

// --- snippets and interchange ---
export { renderHtmlFormSnippet, expiryNote } from './snippets/html-form-snippet.ts';
export type { HtmlFormSnippetOptions } from './snippets/html-form-snippet.ts';
export { renderCurlSnippet } from './snippets/curl-snippet.ts';
export type { CurlSnippetOptions } from './snippets/curl-snippet.ts';
export { quoteShell } from './snippets/shell-quote.ts';
export { renderJavaScriptSnippet } from './snippets/javascript-snippet.ts';
export { renderNodeSignerSnippet } from './snippets/node-signer-snippet.ts';
export { renderPythonSignerSnippet } from './snippets/python-signer-snippet.ts';
export { renderGoSignerSnippet } from './snippets/go-signer-snippet.ts';
export { renderJavaSignerSnippet } from './snippets/java-signer-snippet.ts';
export { planSigner } from './snippets/signer-plan.ts';
export type { SignerPlan, SignerSnippetOptions } from './snippets/signer-plan.ts';
export { SIGNER_ENV } from './snippets/signer-text.ts';
export { importPasted } from './interchange/import-pasted.ts';
export { importPolicy } from './interchange/import-policy.ts';
export { importCurl } from './interchange/import-curl.ts';
export { importHtmlForm } from './interchange/import-html-form.ts';
export { importSigningServerAnswer } from './interchange/import-signing-server.ts';
export type { ImportedForm, ImportedFile, ImportSource } from './interchange/imported-form.ts';
export { tokenizeShell } from './interchange/tokenize-shell.ts';
export { diffPolicies } from './interchange/diff-policies.ts';
export type { PolicyDiff, ChangedCondition } from './interchange/diff-policies.ts';
export {
  encodeShareState,
  decodeShareState,
  SHARE_STATE_VERSION,
} from './interchange/share-state.ts';
export type { EncodedShareState } from './interchange/share-state.ts';
export { runSelfTest, SELF_TEST_VECTORS } from './interchange/self-test.ts';
export type { SelfTestResult, SelfTestVector } from './interchange/self-test.ts';
