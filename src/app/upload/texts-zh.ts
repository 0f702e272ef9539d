// The texts of src/app/upload/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { PANELS_UPLOAD_TEXTS } from './texts-en.ts';

export const PANELS_UPLOAD_TEXTS_ZH = translate(PANELS_UPLOAD_TEXTS, {
  title: '测试上传',
  lead: '从此浏览器发送重新签名的表单，文件放在最后。',
  file: '文件',
  fileHint: '选择文件，或将文件拖放到此处。',
  chosen: '已选择：',
  sizeAndType: (p) => `，大小 ${p.size}，类型 ${p.type}`,
  noType: '无类型（浏览器会发送 application/octet-stream）',
  advanced: '高级：按自定义顺序发送表单域',
  order: '表单域顺序',
  orderHint: '有意复现有缺陷的客户端：OSS 只读取文件之前的表单域。',
  orderStandard: '标准：key 在最前，文件在最后',
  orderKeyAfterFile: 'key 在文件之后（常见的客户端错误）',
  upload: '上传',
  chooseFirst: '请先选择文件。',
  loadingDetails: '正在加载响应详情…',
  senderFailed: (p) =>
    `无法加载上传的发送模块（${p.reason}）。尚未发送任何内容：请检查与本页服务器的连接后再次上传，或刷新页面。`,
  callbackInspectorFailed: (p) =>
    `无法加载上传回调的详情（${p.reason}）。上方的上传结果不受影响，刷新页面即可查看。`,
  reading: (p) => `OSS 返回了 HTTP ${p.status}：正在读取错误…`,
  aborted: '上传已中止：没有保存任何内容。',
  noResponse: '上传没有得到可读的响应（状态 0）：请查看下方的诊断。',
  success: (p) => `上传成功：HTTP ${p.status}。`,
  refused: (p) => `OSS 拒绝了上传：${p.code}（HTTP ${p.status}）。`,
  failed: (p) => `上传失败，HTTP ${p.status}。`,
});
