import { defineTexts } from '../../oss/index.ts';

/** The snippet tabs' texts (English; the Chinese is in texts-zh.ts beside it). */
export const UI_SNIPPETS_TEXTS = defineTexts('ui.snippets', {
  tabs: 'Snippet language',
  htmlRegion: 'HTML form snippet',
  region: (p: { label: string | number }) => `${p.label} snippet`,
  server: 'Runs on your server; it reads the AccessKey from environment variables.',
  client: 'Runs in a browser or a shell; it holds the signed fields, never the secret.',
  miniProgram:
    'Runs in your mini program; it gets the signed fields from your signing server, never the secret.',
  run: 'Run:',
  copy: (p: { label: string | number }) => `Copy ${p.label}`,
  download: (p: { file: string | number }) => `Download ${p.file}`,
  code: (p: { label: string | number }) => `${p.label} code`,
  loading: 'Loading…',
});
