// The texts of src/app/interchange/share-target-texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { SHARE_TARGET_TEXTS } from './share-target-texts-en.ts';

export const SHARE_TARGET_TEXTS_ZH = translate(SHARE_TARGET_TEXTS, {
  title: (p) => `此链接会把您签名的表单发送到 ${p.host}`,
  body: (p) =>
    `分享链接设置了上传目标：本页面签名的每个表单都会提交到 ${p.url}。${p.host} 的运营者会收到一个签名，在上传策略 Policy 过期前可以用它向您的存储空间（Bucket）上传。只有在 ${p.host} 确实是您的存储空间时，才输入 AccessKey Secret。`,
  notOss: (p) =>
    `${p.host} 不是 OSS 域名（BUCKET.oss-REGION.aliyuncs.com）。只有绑定到您存储空间的自定义域名才应接收已签名的表单；如果您不认识这个域名，请关闭此页面。`,
  notHttp: (p) =>
    `${p.url} 不是 http:// 或 https:// 地址：任何上传都无法发送到那里。请自行设置上传目标。`,
  dismiss: '我已核对上传目标',
  conditionsCapped: (p) =>
    `链接或导入的内容含有 ${p.count} 行条件；页面只取了前 ${p.cap} 行。表单上传（PostObject）的上传策略用不了这么多：请核实它的来源。`,
  fieldsCapped: (p) =>
    `链接或导入的内容含有 ${p.count} 行表单域；页面只取了前 ${p.cap} 行。表单上传（PostObject）的表单用不了这么多：请核实它的来源。`,
});
