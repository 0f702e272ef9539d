// The texts of src/app/logic/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { LOGIC_FIXES_TEXTS, LOGIC_NOTES_TEXTS, LOGIC_REGIONS_TEXTS } from './texts-en.ts';

export const LOGIC_FIXES_TEXTS_ZH = translate(LOGIC_FIXES_TEXTS, {
  extendExpiration: '将到期时间延长到从现在起 1 小时',
  widenSizeRange: (p) => `将大小范围放宽到 ${p.range}（文件大小为 ${p.size}）`,
  keyFirst: '把 key 放在最前（按标准顺序发送表单域）',
  sandboxKey: '使用沙箱的 AccessKey（其演示 AccessKey ID 和 Secret）',
  keyPrefix: (p) => `把文件名放到 ${p.prefix} 下`,
  conditionPrefix: (p) => `把条件改为 ${p.prefix}`,
  correctRegion: (p) => `使用存储空间所在的地域 ${p.region}`,
});

export const LOGIC_NOTES_TEXTS_ZH = translate(LOGIC_NOTES_TEXTS, {
  byte: '字节',
  bytes: '字节',
  clockBehind: (p) =>
    `本机时钟比服务器慢约 ${p.minutes} 分钟。V4 签名允许的偏差为 ${p.allowed} 分钟；请校准时钟（NTP），或在时钟准确的服务器上签名。`,
  clockAhead: (p) =>
    `本机时钟比服务器快约 ${p.minutes} 分钟。V4 签名允许的偏差为 ${p.allowed} 分钟；请校准时钟（NTP），或在时钟准确的服务器上签名。`,
  sizeRefusal: (p) => `文件大小为 ${p.size}；您的条件 ${p.row} 允许的范围是 ${p.range}。`,
  noType: '没有类型（浏览器未报告类型）',
  typeAllowed: (p) =>
    `您的文件类型为 ${p.type}；上传策略只允许 ${p.allowed}（您的条件 ${p.row}）。请选择允许类型的文件；如果应允许此类型，请修改条件 ${p.row}。`,
  typeDenied: (p) =>
    `您的文件类型为 ${p.type}，被您的条件 ${p.row} 排除。请选择其他类型的文件；如果应允许此类型，请修改条件 ${p.row}。`,
});

export const LOGIC_REGIONS_TEXTS_ZH = translate(LOGIC_REGIONS_TEXTS, {
  'cn-hangzhou': '华东1（杭州）',
  'cn-shanghai': '华东2（上海）',
  'cn-nanjing': '华东5（南京-本地地域）',
  'cn-fuzhou': '华东6（福州-本地地域）',
  'cn-wuhan-lr': '华中1（武汉-本地地域）',
  'cn-qingdao': '华北1（青岛）',
  'cn-beijing': '华北2（北京）',
  'cn-zhangjiakou': '华北3（张家口）',
  'cn-huhehaote': '华北5（呼和浩特）',
  'cn-wulanchabu': '华北6（乌兰察布）',
  'cn-shenzhen': '华南1（深圳）',
  'cn-heyuan': '华南2（河源）',
  'cn-guangzhou': '华南3（广州）',
  'cn-chengdu': '西南1（成都）',
  'cn-hongkong': '中国香港',
  'ap-southeast-1': '新加坡',
  'ap-southeast-3': '马来西亚（吉隆坡）',
  'ap-southeast-5': '印度尼西亚（雅加达）',
  'ap-southeast-6': '菲律宾（马尼拉）',
  'ap-southeast-7': '泰国（曼谷）',
  'ap-northeast-1': '日本（东京）',
  'ap-northeast-2': '韩国（首尔）',
  'eu-central-1': '德国（法兰克福）',
  'eu-west-1': '英国（伦敦）',
  'us-west-1': '美国（硅谷）',
  'us-east-1': '美国（弗吉尼亚）',
  'me-east-1': '阿联酋（迪拜）',
  'me-central-1': '沙特（利雅得）',
});
