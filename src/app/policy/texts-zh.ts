// The texts of src/app/policy/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import {
  PANELS_POLICY_TEXTS,
  PANELS_EXPIRATION_TEXTS,
  PANELS_CONDITIONS_TEXTS,
  PANELS_FIELDS_TEXTS,
  PANELS_POLICY_JSON_TEXTS,
  PANELS_CALLBACK_PART_TEXTS,
} from './texts-en.ts';

export const PANELS_POLICY_TEXTS_ZH = translate(PANELS_POLICY_TEXTS, {
  title: '上传策略（Policy）',
  lead: '规定 OSS 接受怎样的上传：Object 名称、有效期、文件大小和类型。',
  presets: '预设',
  startFrom: '从预设开始：',
  objectKey: 'Object 名称（key）',
  objectKeyHint: (p) =>
    `$${p.filename} 会替换为上传文件的名称。不能以 / 或 \\ 开头；长度为 ${p.min}~${p.max} 字节。`,
  updateConditionToo: (p) => `同时将条件 ${p.rows} 改为“${p.prefix}”`,
});

export const PANELS_EXPIRATION_TEXTS_ZH = translate(PANELS_EXPIRATION_TEXTS, {
  legend: '到期时间',
  fromNow: '从现在起',
  atInstant: '指定时刻',
  validFor: '有效时长',
  unit: '单位',
  minutes: '分钟',
  hours: '小时',
  days: '天',
  expiresAt: '到期时刻（ISO 8601）',
  expiresAtHint: '例如 2030-01-01T00:00:00.000Z；填写过去的时刻可复现“Policy expired”。',
  instant: (p) => `${p.utc}（UTC）· 本地时间 ${p.local}`,
  expires: (p) => `到期时间：${p.instant}。V4 上传策略的有效期最长为 ${p.days} 天。`,
  expired: (p) => `已过期：${p.instant}。V4 上传策略的有效期最长为 ${p.days} 天。`,
});

export const PANELS_CONDITIONS_TEXTS_ZH = translate(PANELS_CONDITIONS_TEXTS, {
  legend: '条件',
  hint: 'bucket、V4 表单域和 STS 安全令牌的条件由构建器自行添加。表单域的值在展开 ${filename} 之前校验。',
  kind: (p) => `条件 ${p.n} 的类型`,
  minSize: (p) => `条件 ${p.n} 的最小大小`,
  minUnit: (p) => `条件 ${p.n} 的最小大小单位`,
  to: '至',
  maxSize: (p) => `条件 ${p.n} 的最大大小`,
  maxUnit: (p) => `条件 ${p.n} 的最大大小单位`,
  json: (p) => `条件 ${p.n} 的 JSON`,
  field: (p) => `条件 ${p.n} 的表单域`,
  values: (p) => `条件 ${p.n} 的取值（每行一个）`,
  value: (p) => `条件 ${p.n} 的取值`,
  remove: '删除',
  removeRow: (p) => `删除条件 ${p.n}`,
  add: '添加条件',
});

export const PANELS_FIELDS_TEXTS_ZH = translate(PANELS_FIELDS_TEXTS, {
  legend: '可选表单域',
  hint: '在鉴权表单域之后、文件之前发送。OSS 会把这些头部和元数据与文件（Object）一起保存。',
  name: (p) => `表单域 ${p.n} 的名称`,
  value: (p) => `表单域 ${p.n} 的值`,
  remove: '删除',
  removeRow: (p) => `删除表单域 ${p.n}`,
  add: '添加表单域',
});

export const PANELS_POLICY_JSON_TEXTS_ZH = translate(PANELS_POLICY_JSON_TEXTS, {
  label: '上传策略 JSON',
  hint: '可随意编辑：有效的 JSON 会更新上方的表单。bucket、V4 和安全令牌的条件由构建器维护，删除后会自动恢复。',
  discard: '放弃我对 JSON 的修改',
  at: (p) => `第 ${p.line} 行，第 ${p.column} 列：`,
  refused: (p) => `OSS 会拒绝此上传策略：${p.message}`,
});

export const PANELS_CALLBACK_PART_TEXTS_ZH = translate(PANELS_CALLBACK_PART_TEXTS, {
  summary: '上传回调（可选）',
  loading: '加载中…',
});
