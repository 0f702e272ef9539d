// The policy probe's sentences in English, by id and parameters: the one home of each sentence
// (src/oss/texts.ts); texts-zh.ts says the same in Chinese. OSS's own Codes and Messages are never
// here: targets answer them verbatim.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { defineTexts } from '../texts.ts';

/**
 * The policy probe's titles, fixes and notes, in English.
 *
 * @example PROBE_TEXTS['title.public-acl']() // 'Public object ACL'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const PROBE_TEXTS = defineTexts('probe', {
  'title.key-outside-prefix': () => 'Key outside the granted prefix',
  'title.other-bucket': () => 'The same form to another bucket',
  'title.oversize': () => 'A file over the size limit',
  'title.empty-file': () => 'An empty file',
  'title.html-content-type': () => 'HTML content type',
  'title.svg-content-type': () => 'SVG content type',
  'title.public-acl': () => 'Public object ACL',
  'title.overwrite': () => 'Overwrite an existing object',
  'title.storage-class': () => 'Another storage class',
  'title.redirect-elsewhere': () => 'Redirect to another site',
  'title.callback-elsewhere': () => 'Callback to another server',
  'title.content-disposition': () => 'Shown inline in the browser',
  'title.long-expiry': () => 'Long-lived policy',
  'fix.key-prefix': (p: { prefix: string }) =>
    `Add ["starts-with", "$key", "${p.prefix}"] so a holder can write only under ${p.prefix} (never the bucket root).`,
  'fix.bucket': (p: { bucket: string }) =>
    `Add {"bucket": "${p.bucket}"} so the policy is good for this bucket only.`,
  'fix.size-range': (p: { min: number; max: number }) =>
    `Add ["content-length-range", ${p.min}, ${p.max}] so OSS refuses empty files and files over ${p.max} bytes.`,
  'fix.content-type': (p: { types: string }) =>
    `Add ["in", "$content-type", [${p.types}]] (the types your site serves) so a holder cannot store HTML or SVG that runs script.`,
  'fix.pin-field': (p: { field: string; value: string }) =>
    `Add ["eq", "$${p.field}", "${p.value}"] and send ${p.field}: ${p.value} with the form.`,
  'fix.redirect': () =>
    'Add ["eq", "$success_action_redirect", ""] and send the field empty, so no upload redirects the browser.',
  'fix.callback-pin': () =>
    'Add ["eq", "$callback", "…"] with your callback’s Base64, so a holder cannot make OSS call another server.',
  'fix.callback-none': () =>
    'A policy cannot forbid the callback field: if you use a callback, pin it with ["eq", "$callback", "…"]; if you do not, accept that a holder can make OSS call a public server of their own.',
  'fix.expiry': (p: { minutes: number }) =>
    `Sign policies for at most ${p.minutes} minutes, and a fresh one for each upload.`,
  'note.dry-run': () =>
    'Judged by the dry run: this target cannot post this probe (it serves one bucket, or has no server to call back).',
  'note.too-large': (p: { size: number }) =>
    `Judged by the dry run: ${p.size} bytes are too many to post for a probe.`,
  'note.fidelity': (p: { dryRun: string; target: string }) =>
    `Fidelity finding: the dry run answered ${p.dryRun}, the target ${p.target}.`,
  'note.expiry': (p: { minutes: number }) =>
    `The policy is valid for ${p.minutes} more minutes; anyone who holds it can upload until then.`,
  'note.intended-refused': () =>
    'The form the policy intends was refused, so the probes cannot tell a hole from a refusal.',
  'sent.key': (p: { key: string }) => `key: ${p.key}`,
  'sent.bucket': (p: { bucket: string }) => `bucket: ${p.bucket}`,
  'sent.size': (p: { size: number }) => `file: ${p.size} bytes`,
  'sent.field': (p: { field: string; value: string }) => `${p.field}: ${p.value}`,
  'sent.expiry': (p: { expiration: string }) => `expiration: ${p.expiration}`,
  'input.expired': (p: { expiration: string }) =>
    `The policy expired at ${p.expiration}: sign a fresh policy and probe that.`,
  'input.unmet': (p: { fields: string }) =>
    `No form meets the policy's conditions on ${p.fields}: fix those conditions first.`,
});
