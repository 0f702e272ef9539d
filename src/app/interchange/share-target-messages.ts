import { params } from '@nanostores/i18n';
import { i18n } from '../../ui/i18n/i18n.ts';

/** The alert a share link that sets the target raises (English; Chinese in the catalogue). */
export const shareTargetMessages = i18n('share-target', {
  title: params('This link sends the forms you sign to {host}'),
  body: params(
    'The share link set where uploads go: every form this page signs posts to {url}. Whoever runs {host} receives a signature that lets them upload to your bucket until the policy expires. Type your AccessKey secret only if {host} is your bucket.',
  ),
  notOss: params(
    '{host} is not an OSS host (BUCKET.oss-REGION.aliyuncs.com). Only a custom domain bound to your bucket should receive a signed form; if you do not know this host, close the page.',
  ),
  notHttp: params(
    '{url} is not an http:// or https:// address: no upload can go there. Set the target yourself.',
  ),
  dismiss: 'I checked the target',
  conditionsCapped: params(
    'The link or import holds {count} condition rows; the page took the first {cap}. A PostObject policy needs far fewer: check where it came from.',
  ),
  fieldsCapped: params(
    'The link or import holds {count} field rows; the page took the first {cap}. A PostObject form needs far fewer: check where it came from.',
  ),
});
