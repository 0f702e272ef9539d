// The snippets' comment lines in Simplified Chinese: the same keys and parameters as texts-en.ts.
// https://help.aliyun.com/zh/oss/developer-reference/postobject
import { translate } from '../texts.ts';
import { SNIPPETS_TEXTS } from './texts-en.ts';

/**
 * The snippets' comment lines, in Chinese.
 *
 * @example SNIPPETS_TEXTS_ZH['html-file-last']() // '文件放在最后：OSS 不会读取文件之后的任何表单域。'
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export const SNIPPETS_TEXTS_ZH = translate(SNIPPETS_TEXTS, {
  'html-lang': 'zh-CN',
  expiry: (p) =>
    `使用 ${p.scheme === 'v1' ? 'V1（HMAC-SHA1）' : 'V4（OSS4-HMAC-SHA256）'} 签名${p.date ? `，签名时间 ${p.date}` : ''}。上传策略 Policy 的到期时间为 ${p.expiration}（UTC）；过期后 OSS 返回 AccessDenied “Policy expired”，须重新签名表单。`,
  'send-order': () =>
    '表单域按发送顺序排列：key 在最前，文件在最后（OSS 不读取文件之后的表单域）。',
  'curl-content-type': () =>
    '上传策略 Policy 校验 Content-Type：文件自身的类型（由 file --mime-type 得出）作为该表单域发送。',
  'curl-sts': (p) => `STS：请先执行 export ${p.env}=<签名此 Policy 时所用的 SecurityToken>。`,
  'html-content-type': () => '上传策略 Policy 校验 Content-Type：所选文件的类型作为此表单域发送。',
  'html-file-last': () => '文件放在最后：OSS 不会读取文件之后的任何表单域。',
  'html-sts': () => 'STS：请粘贴签名此 Policy 时所用的 SecurityToken（本页面不会保存它）。',
  'html-send-order': () =>
    '表单域按发送顺序排列：key 在最前，文件在最后。Policy 和签名都绑定了这些值。',
  'html-line-breaks': () =>
    '注意：浏览器会把值中的换行以 CRLF 发送；含换行的值可能与 Policy 不匹配。',
  'html-title': () => 'OSS 表单上传（PostObject）',
  'html-file': () => '文件',
  'html-security-token': () => '安全令牌（SecurityToken）',
  'html-upload': () => '上传',
  'js-token': () => '您的 STS SecurityToken',
  'js-content-type': () =>
    '上传策略 Policy 校验 Content-Type：发送文件自身的类型，让条件判断真实的文件。',
  'js-send-order': () =>
    '表单域按发送顺序排列：key 在最前，文件最后追加（OSS 不读取文件之后的表单域）。',
  'js-cors': () => '存储空间（Bucket）需要一条跨域规则（CORS），允许来自您页面来源的 POST 请求。',
  'js-form-data': () => '按发送顺序组成的 multipart 请求体，文件在最后。',
  'js-upload-error': () =>
    '上传失败时，若响应体中带有 OSS 自己的 Code 和 Message，则用它们说明原因。',
  'js-progress': () => '带进度的上传（XMLHttpRequest）。onProgress 收到 0..1 之间的比例。',
  'js-preflight': () => '在 xhr.upload 上注册监听器会让浏览器先发送跨域预检请求（OPTIONS）。',
  'js-fetch': () => '使用 fetch 上传（没有进度事件）。',
  'signer-purpose': (p) =>
    `在您的服务器上签名 OSS 表单上传（PostObject）：${p.scheme === 'v1' ? 'V1（HMAC-SHA1，旧版）' : 'V4（OSS4-HMAC-SHA256）'}，上传策略 Policy 和表单域与构建器中的相同。`,
  'signer-run': (p) => `运行：${p.command}`,
  'signer-secret': () => 'AccessKey Secret 和 STS 令牌取自环境变量，绝不写在本文件中。',
  'signer-prints': () => '以 JSON 按发送顺序输出 {"url", "fields"}；提交时把文件追加在最后。',
  'signer-anew': (p) =>
    `每次运行都重新签名：x-oss-date 为当前时间，Policy 在 ${p.seconds} 秒后到期。`,
  'signer-key': (p) =>
    `OSS4-HMAC-SHA256 签名密钥：aliyun_v4 + Secret ${p.arrow} 日期 ${p.arrow} 地域 ${p.arrow} “oss” ${p.arrow} “aliyun_v4_request”。`,
  'signer-fields': () => '按发送顺序排列的已签名表单域；提交时把文件追加在最后。',
  'python-fields': () => '按发送顺序排列的已签名表单域（dict 保持插入顺序）；把文件追加在最后。',
  'go-fields': () => 'signPostForm 返回按发送顺序排列的已签名表单域；把文件追加在最后。',
  'label-html': () => 'HTML 表单',
  'label-signer': (p) => `${p.runtime} 签名程序`,
  'run-html': () => '在浏览器中打开 upload.html，选择文件，然后点击“上传”。',
  'run-curl': () => 'sh upload.sh（请先在脚本中设置文件路径）',
  'run-javascript': (p) => `在您的页面中 ${p.code}`,
  'java-json': () =>
    '一个 JSON 字符串；非 ASCII 字符写成 \\\\uXXXX，任何控制台字符集都能原样打印。',
  'server-purpose': (p) =>
    `OSS 表单上传（PostObject）的签名服务器（${p.scheme === 'v1' ? 'V1，旧版' : 'V4'}）：GET /oss/post-policy 为一个用户返回新签名的上传策略 Policy；POST /oss/callback 验证 OSS 的上传回调。`,
  'server-env': (p) =>
    `可选的环境变量：${p.names}。PORT=0 表示任选一个空闲端口；其余默认使用构建器中的目标。`,
  'server-answer': () =>
    '返回阿里云应用服务器示例的 JSON（host、policy、x_oss_*、signature、dir、security_token、callback），另加 fields：Policy 要求的其余全部表单域。提交时 key 取 dir 加文件名，文件放在最后。',
  'server-user-prefix': () =>
    '请替换此处：发起请求的用户的 Object 名称前缀（取自您的会话或令牌）。默认是构建器前缀下的一个随机目录；Policy 只允许该目录下的 Object 名称。',
  'server-cors': () =>
    '跨域（CORS）：只有列出的来源可以在浏览器中读取返回结果（OSS_CORS_ORIGINS，以英文逗号分隔）。',
  'server-callback': () =>
    'OSS 用 RSA-MD5 对 URL 路径、查询字符串和请求体签名回调；公钥地址经 Base64 编码放在 x-oss-pub-key-url 中，只从受信任的主机获取（OSS_CALLBACK_KEY_HOSTS 可以添加）。',
  'server-callback-answer': () => '返回 JSON：OSS 会把它转交给上传者。伪造或未签名的回调得到 403。',
  'server-errors': () => '错误的请求得到 JSON 格式的错误，绝不返回堆栈信息。',
  'label-server': (p) => `${p.runtime} 签名服务器`,
  'label-mini-program': () => '小程序',
  'mini-purpose': () =>
    '从小程序上传（微信 wx、uni-app uni、支付宝 my）：先向您的签名服务器获取上传策略 Policy，再用 uploadFile 发送文件（OSS 表单上传 PostObject）。',
  'mini-usage': () =>
    "在小程序中保存为 oss-mini-upload.js；选择文件后调用 uploadToOss(wx, tempFilePath, 'photo.jpg')。",
  'mini-checklist': () => '在手机上生效之前：',
  'mini-domains': () =>
    '1. 把 UPLOAD_HOST 加入 uploadFile 合法域名，把 SIGNING_SERVER 加入 request 合法域名（微信：开发设置；支付宝：服务器域名白名单）。',
  'mini-https': () =>
    '2. 两者都必须是 HTTPS 且证书有效；除开发者工具外，小程序拒绝 http:// 和 IP 地址。',
  'mini-custom-domain': () =>
    '3. 为存储空间（Bucket）绑定自定义域名并用作 UPLOAD_HOST：2025 年 3 月起开通的账号在中国内地地域不能使用默认的外网访问域名。',
  'mini-server': () => '您的签名服务器（GET，返回上传策略 JSON）。',
  'mini-upload-host': () =>
    '文件上传的目标（返回结果中的 host）；必须在 uploadFile 合法域名列表中。',
  'mini-members': () => '返回结果中的成员及其对应的表单域。',
  'mini-form-data': () =>
    'uploadFile 发送的 formData：key 取 dir 加文件名，加上已签名的成员和返回结果中的 fields。',
  'mini-oss-error': () =>
    '一个带有 OSS 的 Code 和 Message 的 Error，取自 OSS 返回的 XML（uploadFile 把 4xx 也当作成功）。',
  'mini-upload': () =>
    '上传一个文件；成功时返回对象名，OSS 拒绝时以 OSS 的 Code（error.code）失败。',
  'mini-alipay': () => '支付宝用 fileName 命名文件部分并需要 fileType；其余平台用 name。',
  'mini-status': () => 'uploadFile 对任何响应都算成功：只有 2xx 表示已存储（203 表示回调失败）。',
  'run-mini-program': (p) =>
    `把 oss-mini-upload.js 保存到小程序中并调用 ${p.code}（uni-app 用 uni，支付宝用 my）。`,
});
