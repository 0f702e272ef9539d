// The texts of src/ui/interchange/import-panel-texts-en.ts in Simplified Chinese: the same keys and
// parameters, loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { UI_IMPORT_PANEL_TEXTS } from './import-panel-texts-en.ts';

export const UI_IMPORT_PANEL_TEXTS_ZH = translate(UI_IMPORT_PANEL_TEXTS, {
  paste: '粘贴以导入',
  pasteHint:
    '可粘贴 Base64 编码的上传策略、Policy JSON、curl -F 命令、HTML 表单，或签名服务器返回的 JSON 响应。',
  import: '导入',
  serverUrl: '签名服务器地址',
  fetching: '正在获取…',
  fetch: '获取并导入',
  serverHint:
    '测试您自己的签名服务器：本页以 GET 请求该地址，检查并解码其响应、填入构建器，并可直接使用服务器返回的表单域上传。服务器的跨域规则（CORS）须允许本页的来源。',
});
