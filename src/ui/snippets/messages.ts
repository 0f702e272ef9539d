import { params } from '@nanostores/i18n';
import { i18n } from '../i18n/i18n.ts';

/** The snippet tabs' texts (English; other languages come from the catalogue in ../i18n/zh-CN). */
export const snippetsPanelMessages = i18n('ui.snippets', {
  tabs: 'Snippet language',
  htmlRegion: 'HTML form snippet',
  region: params('{label} snippet'),
  server: 'Runs on your server; it reads the AccessKey from environment variables.',
  client: 'Runs in a browser or a shell; it holds the signed fields, never the secret.',
  miniProgram:
    'Runs in your mini program; it gets the signed fields from your signing server, never the secret.',
  run: 'Run:',
  copy: params('Copy {label}'),
  download: params('Download {file}'),
  code: params('{label} code'),
  loading: 'Loading…',
});
