// The texts of src/app/interchange/hostile-input-texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { HOSTILE_INPUT_TEXTS } from './hostile-input-texts-en.ts';

export const HOSTILE_INPUT_TEXTS_ZH = translate(HOSTILE_INPUT_TEXTS, {
  typedRefused: (p) =>
    `粘贴或输入到“${p.field}”的 ${p.length} 个字符未被接受：页面的单个输入最多接受 ${p.max} 个字符。该输入保留原来的内容；请粘贴更短的值。`,
  valueRefused: (p) =>
    `链接或导入的内容把“${p.part}”设为 ${p.length} 个字符；页面的单个值最多接受 ${p.max} 个字符，因此保留了原来的值。请在其来源处缩短它。`,
  conditionRowsRefused: (p) =>
    `链接或导入的内容中有 ${p.count} 行条件的值超过 ${p.max} 个字符；页面没有采用这些行。`,
  fieldRowsRefused: (p) =>
    `链接或导入的内容中有 ${p.count} 行表单域的名称或值超过 ${p.max} 个字符；页面没有采用这些行。`,
  rowsOverBudget: (p) =>
    `链接或导入的内容中有 ${p.count} 行没有被采用：页面所有行合计最多接受 ${p.max} 个字符，前面的行已经用满。`,
  policyTooManyConditions: (p) =>
    `此上传策略 Policy 含有 ${p.count} 个条件；编辑器最多接受 ${p.max} 个，因此构建器保留原来的条件。表单上传（PostObject）的上传策略用不了这么多。`,
  rowsShown: (p) => `仅显示 ${p.count} 行中的前 ${p.shown} 行；其余的行仍然保留，只是不显示。`,
  textShown: (p) =>
    `仅显示 ${p.count} 个字符中的前 ${p.shown} 个；其余的字符仍然保留，只是不显示。`,
  pastedDirectly: (p) =>
    `粘贴的 ${p.length} 个字符已直接导入，没有放进输入框：输入框最多显示 ${p.max} 个字符。要再次导入，请重新粘贴。`,
  reading: (p) => `正在读取粘贴的 ${p.length} 个字符…`,
  dismiss: '关闭',
});
