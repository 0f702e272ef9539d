import { defineTexts } from '../../oss/index.ts';

/** The alert a share link that sets the target raises (English; the Chinese is in share-target-texts-zh.ts beside it). */
export const SHARE_TARGET_TEXTS = defineTexts('share-target', {
  title: (p: { host: string | number }) => `This link sends the forms you sign to ${p.host}`,
  body: (p: { url: string | number; host: string | number }) =>
    `The share link set where uploads go: every form this page signs posts to ${p.url}. Whoever runs ${p.host} receives a signature that lets them upload to your bucket until the policy expires. Type your AccessKey secret only if ${p.host} is your bucket.`,
  notOss: (p: { host: string | number }) =>
    `${p.host} is not an OSS host (BUCKET.oss-REGION.aliyuncs.com). Only a custom domain bound to your bucket should receive a signed form; if you do not know this host, close the page.`,
  notHttp: (p: { url: string | number }) =>
    `${p.url} is not an http:// or https:// address: no upload can go there. Set the target yourself.`,
  dismiss: 'I checked the target',
  conditionsCapped: (p: { count: string | number; cap: string | number }) =>
    `The link or import holds ${p.count} condition rows; the page took the first ${p.cap}. A PostObject policy needs far fewer: check where it came from.`,
  fieldsCapped: (p: { count: string | number; cap: string | number }) =>
    `The link or import holds ${p.count} field rows; the page took the first ${p.cap}. A PostObject form needs far fewer: check where it came from.`,
});
