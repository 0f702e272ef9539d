import { defineTexts } from '../../oss/index.ts';
import type { OssRegionId } from '../target/regions.ts';

// What the page's logic says about an upload or a refusal (English; the Chinese is in texts-zh.ts beside it). The functions of this folder take these texts as a
// parameter or return data the components format with them, so they stay pure.

/** The one-click fixes' buttons (`labelFix` in one-click-fixes.ts). */
export const LOGIC_FIXES_TEXTS = defineTexts('logic.fixes', {
  extendExpiration: 'Extend the expiration to 1 hour from now',
  widenSizeRange: (p: { range: string | number; size: string | number }) =>
    `Widen the size range to ${p.range} (the file is ${p.size})`,
  keyFirst: 'Put the key first (send fields in the standard order)',
  sandboxKey: 'Use the sandbox’s key (its demo AccessKey ID and secret)',
  keyPrefix: (p: { prefix: string | number }) => `Put the key under ${p.prefix}`,
  conditionPrefix: (p: { prefix: string | number }) => `Update the condition to ${p.prefix}`,
  correctRegion: (p: { region: string | number }) => `Use the bucket's region, ${p.region}`,
});

/** Sizes in words, and the notes under an upload's answer (outcome.ts, outcome-sizes.ts). */
export const LOGIC_NOTES_TEXTS = defineTexts('logic.notes', {
  byte: 'byte',
  bytes: 'bytes',
  clockBehind: (p: { minutes: string | number; allowed: string | number }) =>
    `This computer's clock is about ${p.minutes} min behind the server's. V4 allows ${p.allowed} minutes; set the clock (NTP) or sign on a server with a correct clock.`,
  clockAhead: (p: { minutes: string | number; allowed: string | number }) =>
    `This computer's clock is about ${p.minutes} min ahead of the server's. V4 allows ${p.allowed} minutes; set the clock (NTP) or sign on a server with a correct clock.`,
  sizeRefusal: (p: { size: string | number; row: string | number; range: string | number }) =>
    `The file is ${p.size}; your condition ${p.row} allows ${p.range}.`,
  noType: 'of no type (the browser reported none)',
  typeAllowed: (p: { type: string | number; allowed: string | number; row: string | number }) =>
    `Your file is ${p.type}; the policy allows ${p.allowed} (your condition ${p.row}). Choose a file of an allowed type, or change condition ${p.row} if this type should be allowed.`,
  typeDenied: (p: { type: string | number; row: string | number }) =>
    `Your file is ${p.type}, which your condition ${p.row} excludes. Choose a file of another type, or change condition ${p.row} if this type should be allowed.`,
});

/** Words for byte counts: `sizeWords` of `LOGIC_NOTES_TEXTS`. */
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
export const LOGIC_REGIONS_TEXTS = defineTexts('logic.regions', REGION_NAMES);
