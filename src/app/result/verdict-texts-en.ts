import { defineTexts } from '../../oss/index.ts';

/** The live verdict's texts (English; the Chinese is in verdict-texts-zh.ts beside it). */
export const VERDICT_TEXTS = defineTexts('verdict', {
  name: 'Verdict',
  signing: 'Signing the form…',
  signFailed: 'The form could not be signed.',
  noProblems: 'No problems: the form meets every rule the checks know.',
  oneProblem: (p: { first: string | number }) => `1 problem: ${p.first}`,
  problems: (p: { count: string | number; first: string | number }) =>
    `${p.count} problems: ${p.first}`,
  warnings: (p: { count: string | number; first: string | number }) =>
    `No errors; ${p.count} warning(s): ${p.first}`,
  loadingDryRun: 'Loading the dry run…',
  accepted: (p: { file: string | number; key: string | number; status: string | number }) =>
    `OSS would accept ${p.file}: stored as ${p.key} (HTTP ${p.status}).`,
  refused: (p: { file: string | number; code: string | number; message: string | number }) =>
    `OSS would refuse ${p.file}: ${p.code} (${p.message})`,
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
