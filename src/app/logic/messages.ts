import { params } from '@nanostores/i18n';
import { i18n } from '../../ui/i18n/i18n.ts';

// What the page's logic says about an upload or a refusal (English; other languages come from the
// catalogue, src/ui/i18n/zh-CN/panels.json). The functions of this folder take these texts as a
// parameter or return data the components format with them, so they stay pure.

/** The one-click fixes' buttons (`labelFix` in one-click-fixes.ts). */
export const fixMessages = i18n('logic.fixes', {
  extendExpiration: 'Extend the expiration to 1 hour from now',
  widenSizeRange: params('Widen the size range to {range} (the file is {size})'),
  keyFirst: 'Put the key first (send fields in the standard order)',
  keyPrefix: params('Put the key under {prefix}'),
  conditionPrefix: params('Update the condition to {prefix}'),
  correctRegion: params("Use the bucket's region, {region}"),
});

/** Sizes in words, and the notes under an upload's answer (outcome.ts, outcome-sizes.ts). */
export const noteMessages = i18n('logic.notes', {
  byte: 'byte',
  bytes: 'bytes',
  clockBehind: params(
    "This computer's clock is about {minutes} min behind the server's. V4 allows {allowed} minutes; set the clock (NTP) or sign on a server with a correct clock.",
  ),
  clockAhead: params(
    "This computer's clock is about {minutes} min ahead of the server's. V4 allows {allowed} minutes; set the clock (NTP) or sign on a server with a correct clock.",
  ),
  sizeRefusal: params('The file is {size}; your condition {row} allows {range}.'),
});

/** Words for byte counts: `sizeWords` of `noteMessages`. */
export interface SizeWords {
  byte: string;
  bytes: string;
}
