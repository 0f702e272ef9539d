// The texts of src/app/interchange/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { INTERCHANGE_TOOLS_TEXTS } from './texts-en.ts';

export const INTERCHANGE_TOOLS_TEXTS_ZH = translate(INTERCHANGE_TOOLS_TEXTS, {
  importTitle: '导入',
  importLead: '粘贴其他地方的表单（或获取签名服务器的响应）：先按原样检查，再在此处重新签名。',
  chooseFile: '请先在“测试上传”中选择文件。',
  noUrl: '导入的内容未指明上传地址（URL）。',
  importedPolicy: '导入的 Policy',
  buildersPolicy: '构建器的 Policy',
  serverUrl: '请输入以 http:// 或 https:// 开头的签名服务器地址，例如 http://127.0.0.1:8000/sign。',
  serverUnreachable:
    '无法读取签名服务器：服务器未运行、地址有误，或其跨域规则（CORS）不允许本页访问（需为本页来源返回 Access-Control-Allow-Origin）。',
  serverStatus: (p) => `签名服务器返回 HTTP ${p.status} ${p.statusText}：请修复服务器后重新获取。`,
  callbackNotTaken: (p) => `未导入 callback 表单域：${p.why}`,
  noPolicy: '导入的内容不含上传策略：到期时间和条件保持原样。',
  httpsInstead: (p) =>
    `导入的表单通过 HTTP 上传到 ${p.url}；构建器改为通过 HTTPS 上传到 ${p.endpoint}。如需保留 HTTP，请选择“自定义域名”并输入 http:// 地址。`,
  importerFailed: (p) =>
    `无法加载导入模块（${p.reason}）。输入的内容仍保留：请检查与本页服务器的连接后再次导入，或刷新页面。`,
  secretNotImported: 'AccessKey Secret 从不导入：构建器使用您输入的 AccessKey Secret 签名。',
  compareTitle: '对比两个 Policy',
  compareLead: '按 OSS 的解读方式对比条件：顺序无关，{bucket: …} 等同于 eq $bucket。',
  noSignedPolicy: '构建器尚无已签名的 Policy。',
  notPolicy: '这不是上传策略（Policy）。',
  firstPolicy: '第一个 Policy',
  secondPolicy: '第二个 Policy',
  shareTitle: '分享当前配置',
  shareLead: '构建器的状态保存在链接的片段（# 之后）中，浏览器从不会将其发送给服务器。',
  secretNote:
    '已通过分享链接打开：除 AccessKey Secret（以及安全令牌）外，所有内容均已恢复。分享链接从不包含它们；请在此输入 AccessKey Secret 以签名。',
  linkUnreadable: (p) => `无法读取该链接：${p.why}`,
  linkLacks: (p) => `链接中没有“${p.part}”，已保留您的值。`,
  linkPartInvalid: (p) => `链接中的“${p.part}”格式无法识别，已保留您的值。`,
  linkCopied: '已复制；地址栏显示的是同一链接。',
  linkInAddressBar: '链接已放入地址栏：请从地址栏复制。',
  selfTestTitle: '自检',
  selfTestLead:
    '使用本浏览器的 Web Crypto 对 OSS 公开的测试向量签名并比对：当浏览器、扩展程序或代理行为异常时可用于排查。',
  snippetsTitle: '代码示例',
  snippetsLead:
    '将当前表单生成可在您的项目中使用的代码。代码示例只包含已签名的表单域，或从环境变量读取 AccessKey：从不包含 AccessKey Secret。',
  snippetsFailed: (p) => `无法加载代码示例（${p.error}）。请刷新页面重试。`,
  loadingSnippets: '正在加载代码示例…',
  snippetCopied: (p) => `已复制 ${p.label} 代码示例（${p.count} 个字符）。`,
  snippetCopyFailed: '浏览器拒绝访问剪贴板：请选中代码手动复制，或下载文件。',
  snippetSaved: (p) => `已保存 ${p.file}。`,
  completeForm: '请先填写上方表单，再查看其代码示例。',
});
