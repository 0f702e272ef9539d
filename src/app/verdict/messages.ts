import { params } from '@nanostores/i18n';
import { i18n } from '../../ui/i18n/i18n.ts';

/** The live verdict's texts (English; other languages come from the catalogue). */
export const verdictMessages = i18n('verdict', {
  name: 'Verdict',
  signing: 'Signing the form…',
  signFailed: 'The form could not be signed.',
  noProblems: 'No problems: the form meets every rule the checks know.',
  oneProblem: params('1 problem: {first}'),
  problems: params('{count} problems: {first}'),
  warnings: params('No errors; {count} warning(s): {first}'),
  loadingDryRun: 'Loading the dry run…',
  accepted: params('OSS would accept {file}: stored as {key} (HTTP {status}).'),
  refused: params('OSS would refuse {file}: {code} ({message})'),
  signatureMatches: 'Signed with the sandbox’s own AccessKey, which it will check.',
  signatureDiffers:
    'This AccessKey is not the sandbox’s: it will refuse the post (InvalidAccessKeyId or SignatureDoesNotMatch), whatever the dry run says.',
  signatureNotVerified:
    'Signature not verified: this page does not know the secret OSS will check.',
  goToProblem: 'Go to the first problem',
  stale: 'The answer below is for an earlier version of the form.',
});
