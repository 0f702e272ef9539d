// The texts of src/app/interchange/changes-texts-en.ts in Simplified Chinese: the same keys and
// parameters, loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { APP_INTERCHANGE_TEXTS } from './changes-texts-en.ts';

export const APP_INTERCHANGE_TEXTS_ZH = translate(APP_INTERCHANGE_TEXTS, {
  changed: '导入修改了以下输入项：',
  unchanged: '导入未修改构建器中的任何内容。',
  confirmV1Label: '切换到 V1 签名？',
  confirmV1:
    '导入的内容使用旧版 V1 签名，而构建器当前使用 V4 签名。要将构建器切换到 V1（以重现该表单），还是保留 V4 并按当前方式重新签名导入的上传策略？',
  switchToV1: '切换到 V1 并导入',
  keepV4: '保留 V4 并导入',
  postTo: '上传目标',
  endpoint: '访问域名（Endpoint）',
  bucket: '存储空间（Bucket）',
  region: '地域（Region）',
  signatureVersion: '签名版本',
  accessKeyId: 'AccessKey ID',
  securityToken: '安全令牌（SecurityToken）',
  objectKey: '文件名（Object key）',
  expiration: '到期时间',
  conditions: '条件',
  optionalFields: '可选表单域',
  callback: '上传回调',
  empty: '（空）',
  tokenSet: '已设置',
  tokenCleared: '已清除',
  fieldRow: (p) => `可选表单域 ${p.n}`,
  conditionRow: (p) => `条件 ${p.n}`,
  modeSandbox: '本地沙箱',
  modeRegion: 'OSS 公共云',
  modeCustom: '自定义域名',
  afterSigning: (p) => `签名后 ${p.amount} ${p.unit}`,
  unitMinutes: '分钟',
  unitHours: '小时',
  unitDays: '天',
  added: (p) => `新增 ${p.items}`,
  removed: (p) => `删除 ${p.items}`,
});
