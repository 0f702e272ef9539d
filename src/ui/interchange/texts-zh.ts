// The texts of src/ui/interchange/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import {
  UI_IMPORT_RESULT_TEXTS,
  UI_POLICY_COMPARE_TEXTS,
  UI_POLICY_DIFF_TEXTS,
  UI_SELF_TEST_TEXTS,
  UI_SHARE_LINK_TEXTS,
} from './texts-en.ts';

export const UI_IMPORT_RESULT_TEXTS_ZH = translate(UI_IMPORT_RESULT_TEXTS, {
  region: '导入结果',
  nothing: '未导入任何内容',
  sourcePolicyBase64: 'Base64 编码的上传策略',
  sourcePolicyJson: 'JSON 格式的 Policy',
  sourceCurl: 'curl 命令',
  sourceHtml: 'HTML 表单',
  sourceSigningServer: '签名服务器响应',
  imported: (p) => `已导入${p.source}（${p.version}）`,
  importedFrom: (p) => `已从 ${p.origin} 导入${p.source}（${p.version}）`,
  holds: '构建器现已填入导入的内容；上方各部分显示的是重新签名后的结果。',
  postsTo: '上传地址',
  fieldsTable: '导入的表单域表格',
  fieldsCaption: '按发送顺序排列的导入表单域',
  field: '表单域',
  value: '值',
  decodedPolicy: '解码后的 Policy',
  lint: '导入内容的检查结果',
  sendAsImported: '使用导入的表单域上传',
  sendHint:
    '按导入时的原样发送表单域（使用其自带的签名，而非构建器的签名）和所选文件；响应显示在“测试上传”下。',
});

export const UI_POLICY_COMPARE_TEXTS_ZH = translate(UI_POLICY_COMPARE_TEXTS, {
  first: '第一个 Policy',
  second: '第二个 Policy',
  hint: 'Base64 或 JSON；留空则使用构建器当前的 Policy。',
});

export const UI_POLICY_DIFF_TEXTS_ZH = translate(UI_POLICY_DIFF_TEXTS, {
  same: 'Policy 相同：所有条件和到期时间均一致。',
  changed: '已修改',
  added: '新增',
  removed: '已删除',
  unchanged: (p) => `${p.count} 个条件未变。`,
});

export const UI_SELF_TEST_TEXTS_ZH = translate(UI_SELF_TEST_TEXTS, {
  running: '正在运行…',
  run: '运行自检',
  allPass: (p) => `${p.total} 个测试向量中有 ${p.passed} 个通过。`,
  somePass: (p) =>
    `${p.total} 个测试向量中有 ${p.passed} 个通过：本浏览器或代理改动了被签名的内容。`,
  table: '自检结果表格',
  caption: '自检结果',
  vector: '测试向量',
  result: '结果',
  expectedGot: '预期值 / 实际值',
  pass: '通过',
  fail: '失败',
  got: '实际为',
  nothing: '（无）',
  base64Differs: '（Policy 的 Base64 编码不同）',
});

export const UI_SHARE_LINK_TEXTS_ZH = translate(UI_SHARE_LINK_TEXTS, {
  label: '分享链接',
  copy: '复制分享链接',
  hint: '包含除 AccessKey Secret 和安全令牌以外的全部内容。打开链接的人需要自行输入 AccessKey Secret。',
  hintLeftOut: (p) =>
    `包含除 AccessKey Secret 和安全令牌以外的全部内容（另有省略：${p.names}）。打开链接的人需要自行输入 AccessKey Secret。`,
});
