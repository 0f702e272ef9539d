// The import sentences in Simplified Chinese: the same keys and parameters as texts-en.ts.
// Terms as OSS's Chinese docs write them (docs/glossary-zh.md): 表单域, 表单上传（PostObject）.
// https://help.aliyun.com/zh/oss/developer-reference/postobject
import { translate } from '../texts.ts';
import { INTERCHANGE_TEXTS } from './texts-en.ts';

/**
 * The import sentences, in Chinese.
 *
 * @example INTERCHANGE_TEXTS_ZH['curl-not-curl']() // '这不是 curl 命令：…'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export const INTERCHANGE_TEXTS_ZH = translate(INTERCHANGE_TEXTS, {
  'import-empty': () =>
    '没有可导入的内容：请粘贴上传策略 Policy、curl 命令、HTML 表单或签名服务器的响应。',
  'shell-unbalanced-quote': (p) =>
    `第 ${p.position} 个字符处的 ${p.quote} 引号没有闭合。请粘贴完整的命令，包括闭合的引号。`,
  'curl-form-without-name': (p) =>
    `“${p.text}”不是表单域：-F 和 --form-string 的参数格式为 name=value。`,
  'curl-not-curl': () => '这不是 curl 命令：请粘贴以“curl”开头的文本。',
  'curl-shell-variable': (p) =>
    `“${p.field}”的值使用了 Shell 变量 $${p.variable}，已按原样保留。签名或上传前请替换为真实的值。`,
  'curl-filename-variable': (p) =>
    `“${p.field}”的值中的 \${filename} 是 OSS 自己的变量，但不在单引号内，Shell 会把它替换为 Shell 自己的 $filename（通常为空）。已按原样保留；在命令中请用单引号括起该值：-F '${p.field}=…\${filename}'。`,
  'curl-value-from-file': (p) =>
    `“${p.field}”的值读取自文件 ${p.file}（< 写法）；请直接粘贴值本身。`,
  'curl-not-multipart': (p) =>
    `${p.option} 发送的不是 multipart/form-data；表单上传（PostObject）需要 -F 表单域（OSS 会返回 RequestIsNotMultiPartContent）。`,
  'curl-no-form': () => '该 curl 命令没有 -F 或 --form-string 表单域：没有可导入的表单。',
  'html-method': () =>
    '表单必须使用 method="post"；表单上传（PostObject）是向存储空间发送的 POST 请求。',
  'html-enctype': () =>
    '表单需要 enctype="multipart/form-data"；否则 OSS 会返回 RequestIsNotMultiPartContent。',
  'html-select': (p) => `“${p.name}”是 <select>；未读取其选中的值。请手动将其添加为表单域。`,
  'html-named-button': (p) =>
    `${p.type} 按钮带有名称“${p.name}”：浏览器会在点击时把它放在文件之后发送，而 OSS 会忽略它。请删除其名称。`,
  'html-no-form': () => '未找到 <form> 元素：请粘贴表单的 HTML，从 <form> 到 </form>。',
  'server-not-json': () => '该响应不是 JSON。请粘贴签名服务器返回的响应体。',
  'server-not-object': () => '该响应必须是包含表单域（policy、signature …）的 JSON 对象。',
  'server-not-text': (p) => `“${p.name}”不是文本，也不是表单域；已忽略。`,
  'server-not-field': (p) =>
    `“${p.name}”不是表单上传（PostObject）的表单域（例如“expire”只是告诉客户端何时重新签名）；未导入。`,
  'server-no-policy': () => '该响应没有“policy”成员：已签名的表单上传（PostObject）表单需要它。',
  'share-format': () => '此链接不包含构建器状态（应为“#1.<data>”）。请重新复制完整的链接。',
  'share-version': (p) =>
    `此链接由格式 ${p.made} 生成；本页面读取格式 ${p.reads}。请用相应版本的构建器打开。`,
  'share-not-base64url': () => '链接数据已损坏（不是 Base64url）。请重新复制完整的链接。',
  'share-not-json': () => '链接数据已损坏（不是 UTF-8 JSON），可能被截断了。请重新复制完整的链接。',
  'share-shape': () => '链接数据不是构建器状态对象。',
  'share-too-deep': (p) =>
    `链接数据的嵌套超过 ${p.depth} 层，构建器状态不会这样，因此没有读取该链接。请复制由构建器生成的链接。`,
  'share-too-long': (p) =>
    `链接数据长 ${p.length} 个字符，超过构建器状态所需的 ${p.max} 个，因此没有读取该链接。请复制由构建器生成的链接。`,
  'lint-file-not-last': (p) =>
    `文件部分位于 ${p.after} 之前：OSS 不读取文件之后的表单域，因此${p.key ? `会返回 InvalidArgument "The bucket POST must contain the specified 'key'"` : '这些表单域会丢失'}。请把文件放在最后发送。`,
  'lint-several-files': (p) =>
    `该表单发送了 ${p.count} 个文件部分；OSS 会返回 IncorrectNumberOfFilesInPOSTRequest “POST requires exactly one file upload per request.”。请只保留一个。`,
});
