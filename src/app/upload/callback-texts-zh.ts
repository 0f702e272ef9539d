// The texts of src/app/upload/callback-texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { RESULT_CALLBACK_TEXTS } from './callback-texts-en.ts';

export const RESULT_CALLBACK_TEXTS_ZH = translate(RESULT_CALLBACK_TEXTS, {
  region: '上传回调',
  lead: '沙箱在存储文件（Object）后调用了您的回调服务器。以下是这次交互，与 OSS 的做法相同。',
  answered200: 'OSS 向上传者返回 200，内容为回调服务器返回的 JSON：',
  answered203: 'OSS 向上传者返回 203 CallbackFailed；文件（Object）仍然已存储。',
  ossMessage: 'OSS 的消息：',
  attempt: (p) => `第 ${p.n} 个回调地址（共 ${p.count} 个）`,
  request: 'OSS 发送的请求',
  requestHeaders: '请求头',
  requestBody: '请求体',
  keyUrl: 'x-oss-pub-key-url 解码后',
  verifies: '签名可以用沙箱的公钥验证通过。',
  doesNotVerify: '签名无法用沙箱的公钥验证通过。',
  answer: '回调服务器的响应',
  answerStatus: (p) => `HTTP ${p.status}，用时 ${p.ms} 毫秒`,
  answerHeaders: '响应头',
  answerBody: '响应体',
  emptyBody: '（空）',
  noAnswer: (p) => `${p.ms} 毫秒后仍无响应：${p.error}`,
  whyUnreachable: (p) =>
    `返回 203 的原因：OSS 没有从 ${p.url} 得到响应。回调服务器必须能从 OSS 访问（公网地址），并在 ${p.seconds} 秒内响应。`,
  whyStatus: (p) =>
    `返回 203 的原因：${p.url} 返回了 HTTP ${p.status}。OSS 需要 2xx 状态码和 JSON 格式的响应体。`,
  whyBody: (p) =>
    `返回 203 的原因：${p.url} 返回了 HTTP ${p.status}，但 OSS 只接受大小有限的 JSON 响应体；请看 OSS 的消息。`,
  whyRefused: '返回 203 的原因：OSS 没有调用任何地址；请看 OSS 的消息。',
  header: '名称',
  value: '值',
});
