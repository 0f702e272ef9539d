// The public surface of the PostObject core (src/oss/README.md).
// Pure TypeScript: relative imports and `zod` only, so any TypeScript runner can load this file.

export type { Result, Problem } from './result.ts';
export { ok, fail } from './result.ts';
export type { TextEntry, TextParams, TextRef, TextTable, Translation } from './texts.ts';
export {
  defineTexts,
  englishOf,
  localizeText,
  namespaceOf,
  sayEntry,
  sayFrom,
  translate,
} from './texts.ts';
export type * from './policy/policy-types.ts';
export {
  CONDITION_OPERATORS,
  findConditionOperator,
  normalizeConditionField,
  POLICY_OPERATORS,
  unescapeConditionValue,
} from './policy/condition-operators.ts';
export type {
  ConditionOperator,
  ConditionOutcome,
  ConditionTest,
  PolicyOperator,
} from './policy/condition-operators.ts';
export type * from './form/form-types.ts';
export type * from './check-types.ts';
export type * from './evaluate/verdict-types.ts';
export type * from './errors/error-types.ts';

// --- policy and signing ---
export { decodeBase64, encodeBase64, encodeUtf8Base64 } from './formats/base64.ts';
export { encodePolicy, serializePolicy } from './policy/policy-encode.ts';
export { decodePolicy } from './policy/policy-decode.ts';
export { isIsoUtcInstant, validatePolicyValue } from './policy/policy-validate.ts';
export { checkPolicyCondition } from './policy/policy-condition-check.ts';
export { describeJsonValue, policyProblem } from './policy/policy-problem.ts';
export { POLICY_OSS_ERRORS } from './policy/policy-oss-errors.ts';
export type { OssErrorRef } from './policy/policy-oss-errors.ts';
export { findJsonSyntaxError } from './formats/json-syntax.ts';
export type { JsonSyntaxError } from './formats/json-syntax.ts';
export { hmac, toHex, utf8 } from './signing/hmac.ts';
export { standardRegion } from './signing/region.ts';
export { credentialDay, formatOssDate, parseOssDate } from './signing/v4-date.ts';
export { signPolicyV1 } from './signing/sign-v1.ts';
export {
  deriveV4SigningKey,
  signPolicyV4,
  V4_SIGNATURE_VERSION,
  v4Credential,
} from './signing/sign-v4.ts';
export { endpointUrl, isHttpUrl, isInternalEndpoint, parseOssEndpoint } from './form/endpoint.ts';
export type { EndpointOptions } from './form/endpoint.ts';
export { FIELD_SEND_ORDER, fieldRank, orderFormFields } from './form/field-order.ts';
export { explainField, FILE_WHY } from './form/field-why.ts';
export type { FieldWhyTexts } from './form/field-why.ts';
export { FIELD_WHY_TEXTS } from './form/field-why/texts-en.ts';
export { FIELD_WHY_TEXTS_ZH } from './form/field-why/texts-zh.ts';
export {
  builderConditions,
  buildPolicy,
  resolveExpiration,
  v4PolicyConditions,
} from './policy/policy-build.ts';
export type { BuilderConditionInput } from './policy/policy-build.ts';
export { normalizeExpiration } from './policy/expiration.ts';
export { normalizeSpec } from './form/post-form-spec.ts';
export type { NormalizedSpec, SpecProblem } from './form/post-form-spec.ts';
export { buildPostForm } from './build-post-form.ts';
export { BUILDER_OWNED_FIELDS, mergeUserFields } from './form/merge-user-fields.ts';

// --- checks and OSS's verdict ---
export {
  BUCKET_NAME_MAX_LENGTH,
  BUCKET_NAME_MIN_LENGTH,
  CALLBACK_BODY_TYPES,
  CALLBACK_DOC_URL,
  CALLBACK_MAX_BYTES,
  CALLBACK_MAX_URLS,
  daysOf,
  DEFAULT_OBJECT_CONTENT_TYPE,
  DEFAULT_SUCCESS_STATUS,
  ecDocUrl,
  FIELD_NAME_MAX_BYTES,
  FIELD_VALUE_MAX_BYTES,
  FORBID_OVERWRITE_VALUES,
  HTTP_400_DOC_URL,
  minutesOf,
  NON_FILE_FIELDS_WARN_BYTES,
  OBJECT_ACLS,
  OBJECT_KEY_MAX_BYTES,
  OBJECT_KEY_MIN_BYTES,
  OBJECT_MAX_BYTES,
  POSTOBJECT_DOC_URL,
  POSTOBJECT_ERRORS_DOC_URL,
  PRE_FILE_DATA_MAX_BYTES,
  SHORT_EXPIRATION_INFO_MS,
  SHORT_EXPIRATION_WARN_MS,
  sizeInWords,
  SSE_ALGORITHMS,
  STORAGE_CLASSES,
  SUCCESS_ACTION_STATUSES,
  USER_META_MAX_BYTES,
  V1_SIGNATURE_DOC_URL,
  V1_UPGRADE_DOC_URL,
  V1_CLOSED_TO_ACCOUNTS_FROM,
  V1_CLOSED_TO_BUCKETS_FROM,
  DEFAULT_ENDPOINT_CLOSED_TO_ACCOUNTS_FROM,
  PUBLIC_ENDPOINT_FORBIDDEN_DOC_URL,
  CUSTOM_DOMAIN_DOC_URL,
  V4_MAX_SKEW_MS,
  V4_MAX_VALIDITY_MS,
  V4_REQUEST_SUFFIX,
  V4_SIGNATURE_DOC_URL,
} from './limits.ts';
export {
  AUTH_FIELD_NAMES,
  CANONICAL_FIELD_NAMES,
  canonicalFieldName,
  indexFields,
} from './form/field-names.ts';
export type { NamedValue } from './form/field-names.ts';
export { validateBucketName } from './form/bucket-name.ts';
export {
  accountMayUseV1,
  defaultEndpointForbidden,
  isAccountDay,
  isDefaultPublicHost,
  isMainlandRegion,
} from './form/account-rules.ts';
export type { OssAccount } from './form/account-rules.ts';
export {
  FIELD_VALUE_RULES,
  KMS_KEY_RULE,
  SIZE_LIMITS,
  findValueBreach,
  isUserMetaField,
  kmsKeyWithoutKms,
  userMetaBytes,
} from './form/field-rules.ts';
export type { OssAnswer, SizeLimit, ValueRule, ValueRuleId } from './form/field-rules.ts';
export {
  expandObjectKey,
  FILENAME_TEMPLATE,
  hasLoneSurrogate,
  OBJECT_NAME_MESSAGES,
  utf8ByteLength,
  validateObjectKey,
} from './form/object-key.ts';
export { callbackFormFields, callbackJson, encodeCallback } from './callback/callback-encode.ts';
export {
  CALLBACK_ANSWER_MAX_BYTES,
  CALLBACK_FAILED_MESSAGES,
  CALLBACK_MESSAGES,
  CALLBACK_TIMEOUT_MS,
  callbackStatusMessage,
} from './callback/callback-messages.ts';
export { CALLBACK_SYSTEM_VARIABLES, fillCallbackBody } from './callback/callback-variables.ts';
export type { CallbackSystemVariable } from './callback/callback-variables.ts';
export {
  callbackStringToSign,
  OSS_CALLBACK_KEY_URL_PREFIXES,
} from './callback/callback-signature.ts';
export {
  callbackVarNameProblem,
  checkCallbackVarName,
  validateCallback,
  validateCallbackSpec,
} from './callback/callback-validate.ts';
export {
  isPrivateCallbackUrl,
  isPrivateHost,
  readCallbackAddress,
} from './callback/callback-address.ts';
export type { CallbackAddress } from './callback/callback-address.ts';
export type { CallbackValidationOptions, DecodedCallback } from './callback/callback-validate.ts';
export {
  conditionField,
  formatCondition,
  matchCondition,
  readCondition,
} from './policy/condition-match.ts';
export { runRules, when } from './checks/rule.ts';
export type { CheckContext, CheckRule, Finding, LintContext } from './checks/rule.ts';
export { LINT_RULES } from './checks/lint-rules.ts';
export { CHECK_RULES, checkPostForm } from './checks/check-post-form.ts';
export type { CheckInput } from './checks/check-post-form.ts';
export { lintPolicyForm } from './checks/lint-policy-form.ts';
export {
  BUILDER_CONDITION_FIELDS,
  describeCondition,
  isBuilderCondition,
  nameCondition,
} from './checks/condition-names.ts';
export { suggestKeyPrefix } from './checks/key-prefix.ts';
export type { LintInput } from './checks/lint-policy-form.ts';
export { conditionFailedMessage, OSS_REFUSALS } from './evaluate/messages.ts';
export type { Refusal } from './evaluate/messages.ts';
export { contentTypeRefusal, isMultipartFormData } from './evaluate/read-request.ts';
export { evaluatePost } from './evaluate-post.ts';

// --- errors ---
export { parseOssError } from './errors/parse-oss-error.ts';
export { renderOssErrorXml } from './errors/render-oss-error.ts';
export { explainOssError, normalizeMessage } from './errors/explain-oss-error.ts';
export {
  ERROR_CATALOG,
  findCatalogEntries,
  CORS_NOT_ALLOWED_MESSAGE,
} from './errors/catalog/index.ts';
export { SEED_DOC_URL } from './errors/catalog/entry.ts';
export { CATALOG_TEXTS } from './errors/catalog/texts-en.ts';
export { CATALOG_TEXTS_ZH } from './errors/catalog/texts-zh.ts';
export { readXml, childText, decodeXmlEntities } from './formats/xml-read.ts';
export type { XmlElement } from './formats/xml-read.ts';
export { parsePostResponse } from './formats/post-response.ts';
export type { PostResponse } from './formats/post-response.ts';
export { escapeXml, isXmlName, renderXmlElement, XML_DECLARATION } from './formats/xml-write.ts';
export type * from './cors/cors-types.ts';
export { matchWildcard, corsRuleAllows, findCorsRule, splitHeaderList } from './cors/cors-match.ts';
export { parseCorsConfiguration, CORS_METHODS, CORS_MAX_RULES } from './cors/cors-parse.ts';
export { renderCorsConfigurationXml, renderCorsRuleXmlForOrigin } from './cors/cors-render.ts';
export {
  CORS_EXPOSE_HEADERS,
  DEFAULT_SANDBOX_CORS_RULE,
  corsRuleForOrigin,
} from './cors/cors-default.ts';
export {
  answerCorsPreflight,
  corsResponseHeaders,
  CORS_ERROR_MESSAGES,
} from './cors/cors-answer.ts';
export type { CorsPreflight, CorsPreflightAnswer } from './cors/cors-answer.ts';

// --- snippets and interchange ---
export {
  acceptForPolicy,
  fieldsForFile,
  takesContentTypeFromFile,
} from './snippets/fields-for-file.ts';
export { renderHtmlFormSnippet, expiryNote } from './snippets/html-form-snippet.ts';
export type { HtmlFormSnippetOptions } from './snippets/html-form-snippet.ts';
export { renderCurlSnippet } from './snippets/curl-snippet.ts';
export type { CurlSnippetOptions } from './snippets/curl-snippet.ts';
export { quoteShell } from './snippets/escape-shell.ts';
export { renderJavaScriptSnippet } from './snippets/javascript-snippet.ts';
export { renderNodeSignerSnippet } from './snippets/node-signer-snippet.ts';
export { renderPythonSignerSnippet } from './snippets/python-signer-snippet.ts';
export { renderGoSignerSnippet } from './snippets/go-signer-snippet.ts';
export { renderJavaSignerSnippet } from './snippets/java-signer-snippet.ts';
export { planSigner } from './snippets/signer-plan.ts';
export type { SignerPlan, SignerSnippetOptions } from './snippets/signer-plan.ts';
export { SIGNER_ENV } from './snippets/signer-text.ts';
export { renderNodeServerSnippet } from './snippets/node-server-snippet.ts';
export { renderPythonServerSnippet } from './snippets/python-server-snippet.ts';
export { renderGoServerSnippet } from './snippets/go-server-snippet.ts';
export { renderJavaServerSnippet } from './snippets/java-server-snippet.ts';
export { planServer, OSS_CALLBACK_KEY_HOST } from './snippets/server-plan.ts';
export type { ServerPlan, ServerSnippetOptions } from './snippets/server-plan.ts';
export { SERVER_ENV, SERVER_PATHS } from './snippets/server-text.ts';
export { renderMiniProgramSnippet } from './snippets/mini-program-snippet.ts';
export type { MiniProgramOptions } from './snippets/mini-program-snippet.ts';
export { SNIPPETS } from './snippets/snippet-catalog.ts';
export type { SnippetDefinition, SnippetContext } from './snippets/snippet-catalog.ts';
export { importPasted } from './interchange/import-pasted.ts';
export { importPolicy } from './interchange/import-policy.ts';
export { importCurl } from './interchange/import-curl.ts';
export { importHtmlForm } from './interchange/import-html-form.ts';
export { importSigningServerAnswer } from './interchange/import-signing-server.ts';
export type { ImportedForm, ImportedFile, ImportSource } from './interchange/imported-form.ts';
export { tokenizeShell } from './interchange/tokenize-shell.ts';
export { lintImportedForm } from './interchange/lint-imported-form.ts';
export { diffPolicies } from './policy/diff-policies.ts';
export type { PolicyDiff, ChangedCondition } from './policy/diff-policies.ts';
export {
  encodeShareState,
  decodeShareState,
  SHARE_STATE_VERSION,
} from './interchange/share-state.ts';
export type { EncodedShareState } from './interchange/share-state.ts';
export { runSelfTest, SELF_TEST_VECTORS } from './interchange/self-test.ts';
export type { SelfTestResult, SelfTestVector } from './interchange/self-test.ts';

// --- the policy probe (src/oss/probe, docs/policy-probe.md) ---
export type * from './probe/probe-types.ts';
export { PROBE_IDS } from './probe/probe-types.ts';
export {
  PROBES,
  PROBE_DEFAULT_MAX_BYTES,
  PROBE_ELSEWHERE_URL,
  PROBE_LONG_EXPIRY_MS,
  PROBE_SAFE_CONTENT_TYPES,
} from './probe/probe-table.ts';
export type { ProbeChange, ProbeContext, ProbeDefinition } from './probe/probe-table.ts';
export {
  deriveIntendedForm,
  pinnedBucket,
  policyRegion,
  PROBE_KEY_FOLDER,
  sizeRange,
} from './probe/intended-form.ts';
export { probeParts, probePolicyFor, signProbeFields } from './probe/probe-form.ts';
export { createPostingTarget, probeFormData, readProbeAnswer } from './probe/posting-target.ts';
export type { PostedAnswer, PostingTargetOptions } from './probe/posting-target.ts';
export type { ProbeKey } from './probe/probe-form.ts';
export {
  createDryRunTarget,
  DRY_RUN_ACCESS_KEY_ID,
  PROBE_ELSEWHERE_CALLBACK,
  PROBE_OTHER_BUCKET,
} from './probe/dry-run-target.ts';
export type { DryRunOptions } from './probe/dry-run-target.ts';
export { GRADE_BY_SEVERITY, gradeProbes } from './probe/grade.ts';
export { isAdmitted, probePolicy } from './probe/run-probe.ts';
export type { ProbeOptions } from './probe/run-probe.ts';
export { PROBE_TEXTS } from './probe/texts-en.ts';
export { PROBE_TEXTS_ZH } from './probe/texts-zh.ts';

// --- Chinese (zh-CN) texts ---
export {
  ALLOWED_ENGLISH_WORDS,
  CATALOG_ZH,
  findEnglishLeftovers,
  MAX_ENGLISH_RUN,
} from './errors/catalog/zh/index.ts';
export type { ChineseText } from './errors/catalog/zh/index.ts';
export { chineseDocUrl, hasChineseDocUrl } from './doc-urls-zh.ts';

// --- checks texts (src/oss/checks): the checks' and the lint's sentences, English and Chinese ---
export { CHECKS_TEXTS, LINT_TEXTS } from './checks/texts-en.ts';
export type { ConditionName } from './checks/texts-en.ts';
export { CHECKS_TEXTS_ZH, LINT_TEXTS_ZH } from './checks/texts-zh.ts';

// --- Core texts B: policy, form, interchange, formats, cors, snippets (English and Chinese tables) ---
export { FORMATS_TEXTS, JSON_EXPECTED_EN } from './formats/texts-en.ts';
export type { JsonExpected } from './formats/texts-en.ts';
export { FORMATS_TEXTS_ZH, JSON_EXPECTED_ZH } from './formats/texts-zh.ts';
export { auditTranslation } from './formats/translation-audit.ts';
export { jsonValueParams, POLICY_TEXTS, showValueEn } from './policy/texts-en.ts';
export type { ShownValue } from './policy/texts-en.ts';
export { POLICY_TEXTS_ZH, showValueZh } from './policy/texts-zh.ts';
export { FORM_TEXTS } from './form/texts-en.ts';
export { FORM_TEXTS_ZH } from './form/texts-zh.ts';
export { CORS_TEXTS } from './cors/texts-en.ts';
export { CORS_TEXTS_ZH } from './cors/texts-zh.ts';
export { SNIPPETS_TEXTS } from './snippets/texts-en.ts';
export type { SnippetTexts } from './snippets/texts-en.ts';
export { SNIPPETS_TEXTS_ZH } from './snippets/texts-zh.ts';
export { INTERCHANGE_TEXTS } from './interchange/texts-en.ts';
export { INTERCHANGE_TEXTS_ZH } from './interchange/texts-zh.ts';

// --- callback texts (src/oss/callback): the callback validation's sentences, English and Chinese ---
export { CALLBACK_TEXTS } from './callback/texts-en.ts';
export type { Base64Cause } from './callback/texts-en.ts';
export { CALLBACK_TEXTS_ZH } from './callback/texts-zh.ts';
