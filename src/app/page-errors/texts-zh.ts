// The texts of src/app/page-errors/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { PAGE_ERRORS_TEXTS } from './texts-en.ts';

export const PAGE_ERRORS_TEXTS_ZH = translate(PAGE_ERRORS_TEXTS, {
  loadSigner: (p) => `无法加载签名模块（${p.reason}）。请检查与本页服务器的连接，然后刷新页面。`,
  loadErrorReader: (p) =>
    `无法加载 OSS 错误解读模块（${p.reason}）。请检查与本页服务器的连接，然后刷新页面。`,
  loadResultLogic: (p) =>
    `无法加载结果面板的逻辑（${p.reason}）。请检查与本页服务器的连接，然后刷新页面。`,
  loadEvaluator: (p) =>
    `无法加载试运行模块（${p.reason}）。请检查与本页服务器的连接，然后刷新页面。`,
  loadPlainForm: (p) => `无法加载普通表单的发送模块（${p.reason}）。请刷新页面。`,
  loadCredentialsReader: (p) => `无法加载临时访问凭证的读取模块（${p.reason}）。请刷新页面。`,
  signFailed: (p) => `无法对表单签名：${p.reason}`,
  stsUnreachable: (p) =>
    `无法访问 ${p.url}：服务器未启动、URL 有误，或服务器的跨域规则（CORS）不允许本页的来源。`,
  stsHttp: (p) => `${p.url} 返回了 HTTP ${p.status}：${p.body}`,
  stsNotJson: (p) => `${p.url} 返回的不是 JSON：${p.body}`,
  stsNoCredentials: () =>
    `响应中没有 AccessKeyId、AccessKeySecret 和 SecurityToken（顶层和“Credentials”下都没有）。请让该地址返回 STS AssumeRole 格式的 JSON。`,
});
