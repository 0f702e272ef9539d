import { defineTexts } from '../../oss/index.ts';

/**
 * The callback editor's texts. A file of their own: the editor loads on demand (callback-part.tsx),
 * and its texts with it, so they do not weigh on the first paint.
 */
export const PANELS_CALLBACK_TEXTS = defineTexts('panels.callback', {
  lead: 'OSS calls your server after storing the object and passes its answer back to the browser.',
  urls: 'Callback URLs',
  urlsHint:
    'Public http(s) URLs OSS calls after storing the object: up to 5, separated by ;. OSS refuses private addresses.',
  host: 'Callback host',
  hostHint: "Optional Host header of the call; the URL's host when empty.",
  bodyType: 'Callback body type',
  body: 'Callback body',
  bodyHint: 'OSS fills in its variables and your x: variables, e.g. object=${object}.',
  insertGroup: 'Insert a variable into the callback body',
  insert: (p: { variable: string | number }) => `Insert ${p.variable} into the callback body`,
  check: 'Callback check',
  none: 'No callback URL: the form sends no callback.',
  accepted: 'OSS (and the sandbox) would accept this callback.',
  varsLegend: 'Callback variables (x:)',
  varsHint:
    'Sent as form fields, so they also appear under Optional form fields. Names are lower case.',
  varName: (p: { n: string | number }) => `Callback variable ${p.n} name`,
  varValue: (p: { n: string | number }) => `Callback variable ${p.n} value`,
  remove: 'Remove',
  removeVar: (p: { n: string | number }) => `Remove callback variable ${p.n}`,
  addVar: 'Add a callback variable',
});
