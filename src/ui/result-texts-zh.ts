// The texts of src/ui/result-texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../oss/index.ts';
import {
  UI_PROGRESS_TEXTS,
  UI_FAILURE_TEXTS,
  UI_CHECKS_TEXTS,
  UI_SIZE_METER_TEXTS,
  UI_UPLOAD_SUCCESS_TEXTS,
  UI_VERDICT_VIEW_TEXTS,
  UI_OSS_ERROR_TEXTS,
} from './result-texts-en.ts';

export const UI_PROGRESS_TEXTS_ZH = translate(UI_PROGRESS_TEXTS, {
  label: '上传进度',
  facts: (p) => `已上传 ${p.loaded}，共 ${p.total}（${p.percent}%）· ${p.speed}/s · 剩余 ${p.left}`,
  abort: '中止',
  seconds: (p) => `${p.s} 秒`,
  minutes: (p) => `${p.m} 分 ${p.s} 秒`,
  hours: (p) => `${p.h} 小时 ${p.m} 分`,
});

export const UI_FAILURE_TEXTS_ZH = translate(UI_FAILURE_TEXTS, {
  heading: 'OSS 错误',
  noAnswer: '没有可读取的响应（状态码 0）：',
  noAnswerWhy: '浏览器没有收到任何可以交给本页的内容。',
  findingOut: '正在确认服务器是否可以访问…',
  corsTitle: '很可能是跨域（CORS）问题。',
  cors: (p) =>
    `服务器已返回响应，但浏览器没有把响应交给本页：存储空间没有允许来自 ${p.origin} 的 POST 请求的跨域规则。请添加下方的规则（OSS 控制台 → 存储空间 → 数据安全 → 跨域设置，或调用 PUT /?cors）。`,
  networkTitle: '很可能是网络问题。',
  network:
    '服务器没有返回任何响应：请检查访问域名（Endpoint）、DNS、网络连接，以及是否从 https 页面向 http 访问域名上传。以 -internal 结尾的内网访问域名只能在阿里云内部访问。',
  corsRule: '适用于本页的跨域规则',
  plainForm: '普通 HTML 表单不受跨域限制：它会在新标签页中显示 OSS 返回的原始响应。',
  sendPlain: '以普通 HTML 表单在新标签页中发送',
});

export const UI_CHECKS_TEXTS_ZH = translate(UI_CHECKS_TEXTS, {
  none: '未发现问题：表单满足本页检查的全部规则。',
  errors: (p) => `错误：OSS 将拒绝此表单（${p.count}）`,
  warnings: (p) => `警告（${p.count}）`,
  notes: (p) => `提示（${p.count}）`,
  goTo: (p) => `转到 ${p.field}`,
  docs: 'OSS 文档',
});

export const UI_SIZE_METER_TEXTS_ZH = translate(UI_SIZE_METER_TEXTS, {
  fields: (p) => `表单域名称和值：${p.size}，上限 ${p.limit}`,
  beforeData: (p) => `数据部分之前的字节数：${p.size}，上限 ${p.limit}`,
  over8m: (p) => `文件之前的内容超过 ${p.limit}：OSS 将返回 ${p.code}。`,
  over4k: (p) => `表单域超过 ${p.limit}：根据 OSS 的错误码说明，可能返回 ${p.code}。`,
});

export const UI_UPLOAD_SUCCESS_TEXTS_ZH = translate(UI_UPLOAD_SUCCESS_TEXTS, {
  objectKey: '文件名（Object key）',
  requestId: '请求 ID',
  notReadable: (p) => `无法读取（请在存储空间的跨域规则中暴露 ${p.header}）`,
  storedObject: '已存储的文件',
  openObject: '打开已存储的文件',
  responseBody: '响应体',
});

export const UI_VERDICT_VIEW_TEXTS_ZH = translate(UI_VERDICT_VIEW_TEXTS, {
  accept: 'OSS 将接受此次上传。',
  refuse: 'OSS 将拒绝此次上传。',
  file: (p) => `文件 ${p.name}，${p.size}（${p.bytes} 字节），类型 ${p.type}。`,
  noType: '（无）',
  finalKey: '最终的 Object 名称（key）',
  answer: '响应',
  storedType: '存储的 Content-Type',
  fields: '相关表单域',
});

export const UI_OSS_ERROR_TEXTS_ZH = translate(UI_OSS_ERROR_TEXTS, {
  heading: 'OSS 错误',
  notOssError: (p) => `HTTP ${p.status}，且响应体不是 OSS 的错误响应。`,
  responseBody: '响应体',
  empty: '（空）',
  cause: '错误原因',
  solution: '解决方案',
  docs: 'OSS 文档',
  notInCatalog: '我们的错误说明中尚未收录此错误码；上方的 Message 是 OSS 原文。',
  fields: '相关表单域（已在表单中标出）：',
});
