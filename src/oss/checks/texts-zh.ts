// The checks' and the lint's sentences in Simplified Chinese, worded as Alibaba Cloud's Chinese OSS
// documentation words them (docs/glossary-zh.md). Field names, Codes, OSS's Messages, JSON and
// numbers stay as they are. The page loads this table only for a Chinese reader.
// https://help.aliyun.com/zh/oss/developer-reference/postobject
import { translate } from '../texts.ts';
import { LIMIT_WORDS } from './limit-words.ts';
import { CHECKS_TEXTS, type ConditionName, LINT_TEXTS } from './texts-en.ts';

const conditionName = (p: ConditionName) =>
  p.row === 0 ? `构建器自动添加的条件 ${p.condition}` : `您的第 ${p.row} 条条件（${p.condition}）`;

const rangeCondition = (p: { min: number; max: number }) =>
  `content-length-range ${p.min}–${p.max} 字节`;

const SECRET_MISSING_FIX =
  '请输入 AccessKey Secret（它只保存在本页面中），或粘贴由您的服务端计算的签名。';

/**
 * The limit checks' sentences in Chinese, key for key as CHECKS_TEXTS.
 *
 * @example CHECKS_TEXTS_ZH['key.empty']() // 'Object 名称（key）为空。'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export const CHECKS_TEXTS_ZH = translate(CHECKS_TEXTS, {
  'rule-failed': (p) => `检查项“${p.rule}”无法运行（${p.error}）；其他检查仍然有效。`,
  'condition-name': conditionName,
  'condition-range': rangeCondition,
  'callback.refused': (p) => `${p.problem}OSS 返回“${p.answer}”。`,

  'credentials.secret-missing': () =>
    `AccessKey Secret 为空，无法对上传策略 Policy 签名。${SECRET_MISSING_FIX}`,
  'credentials.secret-missing.v1': () =>
    `AccessKey Secret 为空，无法对上传策略 Policy 签名（HMAC-SHA1）。${SECRET_MISSING_FIX}`,
  'credentials.access-key-missing': () =>
    'AccessKey ID 为空；OSS 会返回“Post request accessKeyId is empty.”。请输入 AccessKey ID。',
  'credentials.sts-expires-first': () => 'STS 临时访问凭证先于上传策略 Policy 过期。',
  'credentials.sts-expires-first.found': (p) =>
    `STS 临时访问凭证在 ${p.token} 过期，早于上传策略 Policy 的到期时间（${p.policy}）；此后 OSS 会返回 403 SecurityTokenExpired，尽管 Policy 看起来仍然有效。请将到期时间设为不晚于凭证的到期时间，或获取有效期更长的凭证。`,
  'credentials.sandbox-key-elsewhere': () => '沙箱的演示 AccessKey 被用于一个不是沙箱的目标。',
  'credentials.sandbox-key-elsewhere.found': (p) =>
    `AccessKey ID“${p.accessKeyId}”是本地沙箱的演示密钥，但表单现在提交到 ${p.target}；OSS 不认识该密钥，会返回 403 InvalidAccessKeyId。请为该目标输入您自己的 AccessKey（或 STS 临时访问凭证）。`,
  'endpoint.not-http': () =>
    '访问域名（Endpoint）不是 http:// 或 https:// 地址；表单只能提交到这样的地址。请以 https://… 的形式填写访问域名。',
  'endpoint.not-http.found': (p) =>
    `表单将提交到“${p.url}”，它不是 http:// 或 https:// 地址；浏览器不会向它上传，代码片段也不会写入它。请以 https://… 的形式填写访问域名。`,
  'endpoint.internal': () =>
    '访问域名（Endpoint）是“-internal”内网（VPC）域名，只能在阿里云内部解析，浏览器无法访问。请使用外网访问域名（不带“-internal”）。',

  'bucket.name-invalid': () => '存储空间（Bucket）名称不符合 OSS 的命名规范。',
  'key.empty': () => 'Object 名称（key）为空。',
  'key.too-long': (p) => `Object 名称（key）超过 ${p.max} 个 UTF-8 字节。`,
  'key.leading-slash': () => 'Object 名称（key）以“/”或“\\”开头。',
  'key.not-utf8': () => 'Object 名称（key）无法以 UTF-8 编码。',

  'form.field-name-too-long': () => `某个表单域的名称超过 ${LIMIT_WORDS.fieldName}。`,
  'form.field-name-too-long.found': (p) =>
    `表单域名称“${p.name}…”大小为 ${p.size}；OSS 允许每个名称最多 ${LIMIT_WORDS.fieldName}（FieldItemTooLong）。请使用更短的名称。`,
  'form.field-value-too-long': () => `某个表单域的值超过 ${LIMIT_WORDS.fieldValue}。`,
  'form.field-value-too-long.found': (p) =>
    `“${p.field}”的值大小为 ${p.size}；OSS 允许每个值最多 ${LIMIT_WORDS.fieldValue}（FieldItemTooLong）。请将数据移入文件或缩短它。`,
  'form.pre-file-too-large': () => `文件之前的表单域合计超过 ${LIMIT_WORDS.preFile}。`,
  'form.pre-file-too-large.found': (p) =>
    `文件之前的表单域合计 ${p.size}；OSS 最多允许 ${LIMIT_WORDS.preFile}（MaxPOSTPreDataLengthExceededError）。请删除或缩短部分表单域。`,
  'form.non-file-over-4kb': () => `文件以外的表单域合计超过 ${LIMIT_WORDS.nonFile}。`,
  'form.non-file-over-4kb.found': (p) =>
    `文件以外的表单域合计 ${p.size}。当前的限制是每个名称 ${LIMIT_WORDS.fieldName}、每个值 ${LIMIT_WORDS.fieldValue}，但 OSS 的 HTTP 400 错误文档仍写明所有非文件表单域合计 ${LIMIT_WORDS.nonFile}（FieldItemTooLong）；稳妥起见请保持在 ${LIMIT_WORDS.nonFile} 以内。`,
  'meta.too-large': () => `用户自定义元数据（x-oss-meta-*）超过 ${LIMIT_WORDS.userMeta}。`,
  'meta.too-large.found': (p) =>
    `x-oss-meta-* 表单域合计 ${p.size}；一个 Object 的用户自定义元数据合计最多 ${LIMIT_WORDS.userMeta}。请删除或缩短其中一些。`,
  'policy.range-over-5gb': () => `content-length-range 允许的大小超过 ${LIMIT_WORDS.object}。`,
  'policy.range-over-5gb.found': (p) =>
    `${conditionName({ row: p.row, condition: rangeCondition(p) })}超过了 ${LIMIT_WORDS.object}，但 PostObject 上传的文件最大为 ${LIMIT_WORDS.object}（${p.limit} 字节），超出时 OSS 返回 EntityTooLarge。请降低最大值。`,

  'expiration.past': () =>
    '上传策略 Policy 的到期时间已过；OSS 会返回 403 AccessDenied“Invalid according to Policy: Policy expired.”。请设置更晚的到期时间。',
  'expiration.past.found': (p) =>
    `上传策略 Policy 已于 ${p.expiration} 过期，早于当前时间（${p.now}）；OSS 会返回 403 AccessDenied“Invalid according to Policy: Policy expired.”。请设置更晚的到期时间（UTC 时间，例如 new Date(Date.now() + 3600e3).toISOString()）。`,
  'expiration.beyond-v4-validity': (p) =>
    `到期时间比 x-oss-date 晚 ${p.days} 天以上；V4 签名的请求最长有效 ${p.days} 天。`,
  'expiration.beyond-v4-validity.found': (p) =>
    `到期时间 ${p.expiration} 比 x-oss-date 晚 ${p.span} 天，而 V4 签名的有效期最长为 ${p.days} 天（超过后 OSS 返回 EC 0002-00000709）。请缩短到期时间，或在签名过期前重新签名。`,
  'expiration.v1-long-lived': (p) =>
    `有效期超过 ${p.days} 天的 V1 上传策略，在这段时间内对任何拿到表单的人都是一份上传许可。`,
  'expiration.v1-long-lived.found': (p) =>
    `V1 上传策略在 ${p.expiration} 到期，距现在 ${p.span} 天：在此之前，任何持有此表单的人都可以用您的签名上传。请把有效期设为最多 ${p.days} 天（V4 的上限），或改用 V4。`,
  'expiration.skew-risk': (p) =>
    `上传策略 Policy 将在 ${p.minutes} 分钟内过期；客户端或服务端的时钟只要偏差几分钟，就会导致“Policy expired.”。`,
  'expiration.skew-risk.found': (p) =>
    `上传策略 Policy 将在 ${p.left} 分钟后过期。签名时的时钟偏差几分钟（“Policy expired.”的常见原因）或上传较慢都会使其失效；请至少留出 ${p.minutes} 分钟。`,
  'expiration.short': (p) => `上传策略 Policy 将在 ${p.minutes} 分钟内过期。`,
  'expiration.short.found': (p) =>
    `上传策略 Policy 将在 ${p.left} 分钟后过期，上传大文件或时钟偏差都可能用完这段时间。OSS 对 V4 签名允许 ${p.skew} 分钟的时钟偏差，有效期一般设为 1 小时左右即可。`,

  'value.acl': () => 'x-oss-object-acl 的值不是 OSS 支持的取值。',
  'value.acl.found': (p) =>
    `x-oss-object-acl“${p.value}”不是 OSS 的读写权限（ACL）；请使用 ${p.allowed} 之一（取值区分大小写）。`,
  'value.storage-class': () => 'x-oss-storage-class 的值不是 OSS 支持的取值。',
  'value.storage-class.found': (p) =>
    `x-oss-storage-class“${p.value}”不是存储类型；请使用 ${p.allowed} 之一。`,
  'value.sse': () => 'x-oss-server-side-encryption 的值不是 OSS 支持的取值。',
  'value.sse.found': (p) =>
    `不支持 x-oss-server-side-encryption“${p.value}”（InvalidEncryptionAlgorithmError）；请使用 ${p.allowed}。`,
  'value.sse-key-without-kms': () =>
    'x-oss-server-side-encryption-key-id 仅在 x-oss-server-side-encryption 为“KMS”时有效；请设为 KMS 或删除该密钥 ID。',
  'value.forbid-overwrite': () => 'x-oss-forbid-overwrite 必须为“true”或“false”。',
  'value.forbid-overwrite.found': (p) =>
    `x-oss-forbid-overwrite“${p.value}”既不是“true”也不是“false”；OSS 会拒绝该请求（EC 0006-00000117）。`,
  'value.success-action-status': () => 'success_action_status 不是 200、201 或 204。',
  'value.success-action-status.found': (p) =>
    `success_action_status“${p.value}”不是 200、201 或 204，因此 OSS 会忽略它，返回 204 和空响应体。请使用 200（空响应体，上传组件可以接受）或 201（XML 格式的 PostResponse）。`,
  'value.tagging-unsupported': () =>
    'PostObject 请求中不能指定 x-oss-tagging（见 API 文档）；请在上传后通过 PutObjectTagging 为 Object 设置标签。',

  'callback.too-long': () => `Base64 编码后的回调超过 ${LIMIT_WORDS.callback}。`,
  'callback.too-many-urls': () => `回调中的 URL 超过 ${LIMIT_WORDS.callbackUrls} 个。`,
  'callback.url': () => '回调地址缺失，或 OSS 无法访问。',
  'callback.body': () => '回调请求体为空或不是文本。',
  'callback.body-type': () => '不支持该回调请求体类型（callbackBodyType）。',
  'callback.var-name': () => '某个回调自定义变量的名称不以“x:”开头，或不是小写。',
});

const denied = (p: { failed: string }) =>
  `OSS 会返回 403 AccessDenied“Invalid according to Policy: Policy Condition failed: ${p.failed}”。`;

const unconstrained = (p: { field: string; name: string }, value: string) =>
  `表单发送了“${p.field}”，但没有任何 Policy 条件约束它，因此持有这份已签名 Policy 的任何人都可以发送任意值。如果该值重要，请添加 ["eq", "$${p.name}", ${value}] 条件（或 starts-with / in）。`;

const v4Mismatch = (p: ConditionName & { field: string }, value: string) =>
  `表单的 ${p.field} 为${value}，但与${conditionName(p)}不同；两者必须完全一致。请用同一个日期和凭证重新生成 Policy 和表单域。`;

/**
 * The policy ⇄ form lint's sentences in Chinese, key for key as LINT_TEXTS.
 *
 * @example LINT_TEXTS_ZH['bucket-mismatch']() // '上传策略 policy 指定的存储空间（Bucket）与目标不同。'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export const LINT_TEXTS_ZH = translate(LINT_TEXTS, {
  'field-unconstrained': () => '某个表单域没有受到任何 Policy 条件的约束。',
  'field-unconstrained.found': (p) => unconstrained(p, p.value),
  'field-unconstrained.found-long': (p) => unconstrained(p, '"<该值>"'),
  'condition-field-missing': () => '某个 Policy 条件检查的表单域，表单并未发送。',
  'condition-field-missing.found': (p) =>
    `${conditionName(p)}检查“${p.field}”，但表单没有发送该表单域；${denied(p)}请添加该表单域或删除该条件。`,
  'condition-unsatisfied': () => '某个表单域的值不满足其 Policy 条件。',
  'condition-unsatisfied.found': (p) =>
    `“${p.field}”的值为“${p.value}”，不满足${conditionName(p)}；${denied(p)}请修改该值或该条件。`,
  'key-outside-prefix': () => 'Object 名称（key）不以其 starts-with 条件要求的前缀开头。',
  'key-outside-prefix.found': (p) =>
    `key“${p.key}”不以“${p.required}”开头，因此不满足${conditionName(p)}；${denied(p)}请将条件改为 ${p.prefix || '空前缀'}，或把 key 放到 ${p.required} 之下。`,
  'filename-template': () =>
    'key 条件是按替换后的文件名写的，但 OSS 检查的是 ${filename} 模板本身。',
  'filename-template.found': (p) =>
    `key“${p.key}”包含 \${filename}，而 OSS 在用文件名替换它之前就检查条件，因此${conditionName(p)}看到的是模板原文，检查失败。请使用在 \${filename} 之前结束的 starts-with 前缀，或对模板本身使用 eq（在 Policy JSON 中写作“\\\\\${filename}”）。`,
  'v4-condition-missing': () => 'V4 的 Policy 缺少对某个签名表单域的条件。',
  'v4-condition-missing.found': (p) =>
    `V4 的 Policy 中没有 {"${p.field}": "${p.value}"} 条件。每个 V4 Policy 都要以与表单域相同的值约束 x-oss-signature-version、x-oss-credential 和 x-oss-date；请添加该条件。`,
  'v4-condition-mismatch': () => '某个 V4 签名表单域与其 Policy 条件不一致。',
  'v4-condition-mismatch.found': (p) => v4Mismatch(p, `“${p.value}”`),
  'v4-condition-mismatch.found-not-sent': (p) => v4Mismatch(p, '（未发送）'),
  'bucket-mismatch': () => '上传策略 Policy 指定的存储空间（Bucket）与目标不同。',
  'bucket-mismatch.found': (p) =>
    `${conditionName(p)}与目标存储空间（Bucket）“${p.bucket}”不符；${denied(p)}请在两处使用同一个 Bucket。`,
  'content-type-fixed': () =>
    '固定的 Content-Type 表单域与 Content-Type 条件同时存在，因此任何文件都能通过该条件。',
  'content-type-fixed.found': (p) =>
    `Content-Type 被固定为“${p.value}”，而${conditionName(p)}检查它，因此任何文件都能通过该条件，并都以 ${p.value} 保存。请删除 Content-Type 表单域：这样本页面的上传和代码示例会发送每个文件自己的类型，由该条件检查。`,
  'content-type-from-file': () => '某个 Content-Type 条件检查所选文件的类型。',
  'content-type-from-file.found': (p) =>
    `${conditionName(p)}检查文件的类型：本页面的上传和代码示例会把所选文件的类型作为 Content-Type 表单域发送。您自己的客户端也必须这样做（在文件之前调用 formData.append('Content-Type', file.type)），否则 OSS 返回 AccessDenied。`,
  'sts-token-unconstrained': () =>
    '表单发送了 x-oss-security-token，但 Policy 没有约束它。SDK 会添加 {"x-oss-security-token": "<token>"} 条件，使已签名的 Policy 只能与这个 STS 会话一起使用；建议添加它。',
});
