// The texts of src/app/policy/callback-texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { PANELS_CALLBACK_TEXTS } from './callback-texts-en.ts';

export const PANELS_CALLBACK_TEXTS_ZH = translate(PANELS_CALLBACK_TEXTS, {
  lead: 'OSS 保存文件（Object）后会调用您的应用服务器，并把应用服务器的响应返回给浏览器。',
  urls: '回调 URL',
  urlsHint: 'OSS 保存文件后调用的公网 http(s) URL：最多 5 个，以 ; 分隔。OSS 会拒绝内网地址。',
  host: '回调 Host',
  hostHint: '可选，回调请求的 Host 头；留空时使用 URL 中的主机名。',
  bodyType: '回调请求体类型',
  body: '回调请求体',
  bodyHint: 'OSS 会填入系统变量和您的 x: 自定义变量，例如 object=${object}。',
  insertGroup: '在回调请求体中插入变量',
  insert: (p) => `在回调请求体中插入 ${p.variable}`,
  check: '回调检查',
  none: '没有回调 URL：此表单不发起回调。',
  accepted: 'OSS（以及沙箱）会接受此回调。',
  varsLegend: '回调自定义变量（x:）',
  varsHint: '以表单域发送，因此也会出现在“可选表单域”中。名称须为小写。',
  varName: (p) => `回调自定义变量 ${p.n} 的名称`,
  varValue: (p) => `回调自定义变量 ${p.n} 的值`,
  remove: '删除',
  removeVar: (p) => `删除回调自定义变量 ${p.n}`,
  addVar: '添加回调自定义变量',
});
