// The CORS rules' sentences in English (problems in a pasted <CORSConfiguration>), by id and
// parameters: the one home of each sentence (src/oss/texts.ts); texts-zh.ts says the same in
// Chinese. OSS's own CORS Codes and Messages (cors-answer.ts) are not texts: servers send them.
// https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors
import { defineTexts } from '../texts.ts';

/**
 * The CORS rules' sentences, in English.
 *
 * @example CORS_TEXTS['no-rule']() // 'Add at least one <CORSRule>.'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/putbucketcors
 */
export const CORS_TEXTS = defineTexts('cors', {
  xml: () => 'The text is not well-formed XML; check tags and escaping (& as &amp;).',
  root: (p: { root: string }) => `The root element is <${p.root}>; it must be <CORSConfiguration>.`,
  'no-rule': () => 'Add at least one <CORSRule>.',
  'too-many-rules': (p: { count: number; max: number }) =>
    `There are ${p.count} rules; OSS allows at most ${p.max}. Merge rules that share settings.`,
  'response-vary': (p: { vary: string }) => `ResponseVary is "${p.vary}"; use true or false.`,
  'origin-missing': (p: { path: string }) =>
    `${p.path} has no AllowedOrigin; add the page origin, e.g. https://www.example.com, or *.`,
  'origin-wildcards': (p: { origin: string }) =>
    `AllowedOrigin "${p.origin}" has more than one *; OSS allows one per origin.`,
  'method-missing': (p: { path: string }) =>
    `${p.path} has no AllowedMethod; add POST for form uploads.`,
  method: (p: { method: string; methods: string }) =>
    `AllowedMethod "${p.method}" is not one of ${p.methods} (upper case).`,
  'header-wildcards': (p: { header: string }) => `AllowedHeader "${p.header}" has more than one *.`,
  'expose-wildcard': (p: { header: string }) =>
    `ExposeHeader "${p.header}" has a *; list each header by name, e.g. ETag, x-oss-request-id.`,
  'max-age-repeated': (p: { path: string; count: number }) =>
    `${p.path} has ${p.count} MaxAgeSeconds; keep one.`,
  'max-age': (p: { value: string }) =>
    `MaxAgeSeconds "${p.value}" is not a whole number of seconds.`,
});
