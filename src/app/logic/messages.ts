import { params } from '@nanostores/i18n';
import { i18n } from '../../ui/i18n/i18n.ts';
import type { OssRegionId } from '../target/regions.ts';

// What the page's logic says about an upload or a refusal (English; other languages come from the
// catalogue, src/ui/i18n/zh-CN/panels.json). The functions of this folder take these texts as a
// parameter or return data the components format with them, so they stay pure.

/** The one-click fixes' buttons (`labelFix` in one-click-fixes.ts). */
export const fixMessages = i18n('logic.fixes', {
  extendExpiration: 'Extend the expiration to 1 hour from now',
  widenSizeRange: params('Widen the size range to {range} (the file is {size})'),
  keyFirst: 'Put the key first (send fields in the standard order)',
  sandboxKey: 'Use the sandbox’s key (its demo AccessKey ID and secret)',
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
  noType: 'of no type (the browser reported none)',
  typeAllowed: params(
    'Your file is {type}; the policy allows {allowed} (your condition {row}). Choose a file of an allowed type, or change condition {row} if this type should be allowed.',
  ),
  typeDenied: params(
    'Your file is {type}, which your condition {row} excludes. Choose a file of another type, or change condition {row} if this type should be allowed.',
  ),
});

/** Words for byte counts: `sizeWords` of `noteMessages`. */
export interface SizeWords {
  byte: string;
  bytes: string;
}

const REGION_NAMES: Record<OssRegionId, string> = {
  'cn-hangzhou': 'China (Hangzhou)',
  'cn-shanghai': 'China (Shanghai)',
  'cn-nanjing': 'China (Nanjing - Local Region)',
  'cn-fuzhou': 'China (Fuzhou - Local Region)',
  'cn-wuhan-lr': 'China (Wuhan - Local Region)',
  'cn-qingdao': 'China (Qingdao)',
  'cn-beijing': 'China (Beijing)',
  'cn-zhangjiakou': 'China (Zhangjiakou)',
  'cn-huhehaote': 'China (Hohhot)',
  'cn-wulanchabu': 'China (Ulanqab)',
  'cn-shenzhen': 'China (Shenzhen)',
  'cn-heyuan': 'China (Heyuan)',
  'cn-guangzhou': 'China (Guangzhou)',
  'cn-chengdu': 'China (Chengdu)',
  'cn-hongkong': 'China (Hong Kong)',
  'ap-southeast-1': 'Singapore',
  'ap-southeast-3': 'Malaysia (Kuala Lumpur)',
  'ap-southeast-5': 'Indonesia (Jakarta)',
  'ap-southeast-6': 'Philippines (Manila)',
  'ap-southeast-7': 'Thailand (Bangkok)',
  'ap-northeast-1': 'Japan (Tokyo)',
  'ap-northeast-2': 'South Korea (Seoul)',
  'eu-central-1': 'Germany (Frankfurt)',
  'eu-west-1': 'UK (London)',
  'us-west-1': 'US (Silicon Valley)',
  'us-east-1': 'US (Virginia)',
  'me-east-1': 'UAE (Dubai)',
  'me-central-1': 'Saudi Arabia (Riyadh)',
};

/** The OSS regions' names (the Region input's suggestions), by region id. */
export const regionMessages = i18n('logic.regions', REGION_NAMES);
