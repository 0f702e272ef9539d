import { translate } from '../../oss/index.ts';
import { FIRST_PAINT_TEXTS } from './texts-en.ts';

/** The first paint's texts in Chinese. */
export const FIRST_PAINT_TEXTS_ZH = translate(FIRST_PAINT_TEXTS, {
  checking: '正在检查表单…',
  loadingEditor: '正在加载编辑器…',
  editorFailed: (p) => `无法加载编辑器（${p.reason}）。请检查与本页服务器的连接，然后刷新页面。`,
});
