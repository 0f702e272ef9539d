// The texts of src/app/readiness/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { READINESS_TEXTS } from './texts-en.ts';

export const READINESS_TEXTS_ZH = translate(READINESS_TEXTS, {
  landmark: '上传准备',
  title: '首次上传到您的存储空间之前',
  lead: '本页看不到您的存储空间和账号：它检查的是表单，而不是它们。在向该存储空间成功上传一次之前，这里的每个判定都未经验证。',
  mainlandTitle: '新账号不能发往此访问域名',
  mainland: (p) =>
    `在 ${p.date} 当天或之后开通 OSS 的账号，通过中国内地存储空间的默认外网访问域名上传时（${p.host} 正是这样的域名）会收到 400 PublicEndpointForbidden（EC 0048-00000401）。更早的账号不受影响。`,
  mainlandFix:
    '为存储空间绑定自定义域名（OSS 控制台 → 该存储空间 → 域名管理），添加其 CNAME 记录，然后发往该域名。在阿里云内网中也可以使用内网访问域名。',
  cnameStep: (p) =>
    `DNS：为您的域名（例如 uploads.example.com）添加一条指向 ${p.target} 的 CNAME 记录。`,
  formStep:
    '之后表单发往 https://您的域名/（目标选择“自定义域名”）；表单域、policy 和签名不变，地域仍是存储空间所在的地域。',
  corsStep: '下面的跨域规则不变：它写的是本页的来源，而不是存储空间的域名。',
  useCustomDomain: '改用自定义域名',
  corsTitle: '本页所需的跨域规则',
  corsLead: '没有它，浏览器会隐藏 OSS 的响应。请在存储空间上添加（权限控制 → 跨域设置）：',
  ramTitle: 'RAM 权限策略',
  ramLead: (p) =>
    `请使用只能在 ${p.prefix} 下上传的 RAM 用户或 STS 角色签名，不要使用主账号的 AccessKey：`,
  wholeBucket: '整个存储空间',
  v1Title: 'V1 签名仅适用于较早的账号和存储空间',
  v1: (p) =>
    `OSS 已对 ${p.accounts} 及之后开通的账号和 ${p.buckets} 及之后创建的存储空间关闭 V1 签名；对这类 V1 上传，OSS 返回 403（EC 0002-00000080）。除非您的账号和存储空间更早，否则请选择 V4。`,
  unpublished:
    '对于 PublicEndpointForbidden 和 V1 被拒绝的情况，OSS 没有公布 Message 文本：由 Code 和 EC 识别。',
  docLink: 'OSS 文档',
  upgradeTitle: '这是 V1 表单：以下是等效的 V4 表单',
  upgradeLead: (p) =>
    `V1 仅适用于 ${p.accounts} 之前开通的账号和 ${p.buckets} 之前创建的存储空间。构建器可以用 V4 为相同的 Object 名称、上传策略条件和表单域签名；您的签名服务器也需要修改：`,
  upgradeFields:
    '表单域：去掉 OSSAccessKeyId 和 Signature；发送 x-oss-signature-version（OSS4-HMAC-SHA256）、x-oss-credential（AccessKeyId/YYYYMMDD/地域/oss/aliyun_v4_request）、x-oss-date（YYYYMMDDTHHMMSSZ，UTC 时间）和 x-oss-signature。',
  upgradePolicy:
    '上传策略：以与表单域相同的值，将 x-oss-signature-version、x-oss-credential 和 x-oss-date 加为精确匹配条件；保留您自己的条件。',
  upgradeSigning:
    '签名：V1 是用 AccessKey Secret 对 Base64 编码的 policy 计算 HMAC-SHA1 后再做 Base64 编码；V4 是对同一个 Base64 policy 计算 HMAC-SHA256 并输出小写十六进制，密钥由“aliyun_v4”加 AccessKey Secret 依次与日期、地域、“oss”和“aliyun_v4_request”派生。',
  upgradeRegion: (p) =>
    `输入：不带“oss-”的存储空间地域 ID（例如 cn-hangzhou）和 UTC 时钟；x-oss-date 与 OSS 时间相差不超过 ${p.minutes} 分钟。`,
  upgradeAnswer:
    '返回给浏览器的内容：用四个 V4 表单域代替 OSSAccessKeyId 和 Signature（policy、key 和您的其他表单域不变）。',
  useV4: '改用等效的 V4 表单',
  corsLabel: '跨域规则 CORSConfiguration（XML 格式）',
  ramLabel: 'RAM 权限策略（JSON 格式）',
});
