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
  idDiffers:
    'The AccessKey ID is not the sandbox’s, so it will answer InvalidAccessKeyId. Use the sandbox’s key, or your own bucket as the target.',
  secretDiffers:
    'The AccessKey ID is the sandbox’s but the secret is not, so it will answer SignatureDoesNotMatch. Use the sandbox’s key, or type its secret again.',
  useSandboxKey: 'Use the sandbox’s key',
  signatureNotVerified:
    'Signature not verified: this page does not know the secret OSS will check.',
  goToProblem: 'Go to the first problem',
  stale: 'The answer below is for an earlier version of the form.',
});
