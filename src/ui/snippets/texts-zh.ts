// The texts of src/ui/snippets/texts-en.ts in Simplified Chinese: the same keys and parameters,
// loaded only for a Chinese reader (src/ui/i18n/texts.ts). Terms as in docs/glossary-zh.md.
import { translate } from '../../oss/index.ts';
import { UI_SNIPPETS_TEXTS } from './texts-en.ts';

export const UI_SNIPPETS_TEXTS_ZH = translate(UI_SNIPPETS_TEXTS, {
  tabs: '代码示例语言',
  htmlRegion: 'HTML 表单代码示例',
  region: (p) => `${p.label} 代码示例`,
  server: '在您的服务器上运行；从环境变量读取 AccessKey。',
  client: '在浏览器或命令行中运行；只包含已签名的表单域，从不包含 AccessKey Secret。',
  miniProgram:
    '在您的小程序中运行；从您的签名服务器获取已签名的表单域，从不包含 AccessKey Secret。',
  run: '运行：',
  copy: (p) => `复制 ${p.label}`,
  download: (p) => `下载 ${p.file}`,
  code: (p) => `${p.label} 代码`,
  loading: '正在加载…',
});
