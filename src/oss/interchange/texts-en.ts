// The import sentences in English (curl, HTML form, signing-server answers, share links, the
// imported-form lint), by id and parameters: the one home of each sentence (src/oss/texts.ts);
// texts-zh.ts says the same in Chinese.
// https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
import { defineTexts } from '../texts.ts';

/**
 * The import sentences, in English.
 *
 * @example INTERCHANGE_TEXTS['curl-not-curl']() // 'This is not a curl command: …'
 * @see https://www.alibabacloud.com/help/en/oss/developer-reference/postobject
 */
export const INTERCHANGE_TEXTS = defineTexts('interchange', {
  'import-empty': () =>
    'Nothing to import: paste a policy, a curl command, an HTML form or a signing server answer.',
  'shell-unbalanced-quote': (p: { quote: string; position: number }) =>
    `The ${p.quote} quote at character ${p.position} is never closed. Paste the whole command, including its closing quote.`,
  'curl-form-without-name': (p: { text: string }) =>
    `"${p.text}" is not a form field: -F and --form-string take name=value.`,
  'curl-not-curl': () => 'This is not a curl command: paste text that starts with "curl".',
  'curl-shell-variable': (p: { field: string; variable: string }) =>
    `The value of "${p.field}" uses the shell variable $${p.variable}; it was kept as written. Replace it with the real value before signing or uploading.`,
  'curl-filename-variable': (p: { field: string }) =>
    `The value of "${p.field}" holds \${filename}, OSS's own variable, outside single quotes, where a shell replaces it with its own $filename (usually empty). It was kept as written; in the command, single-quote that value: -F '${p.field}=…\${filename}'.`,
  'curl-value-from-file': (p: { field: string; file: string }) =>
    `"${p.field}" reads its value from the file ${p.file} (the < form); paste the value itself.`,
  'curl-not-multipart': (p: { option: string }) =>
    `${p.option} does not send multipart/form-data; PostObject needs -F fields (OSS answers RequestIsNotMultiPartContent).`,
  'curl-no-form': () =>
    'The curl command has no -F or --form-string fields: there is no form to import.',
  'html-method': () => 'The form must use method="post"; PostObject is a POST to the bucket.',
  'html-enctype': () =>
    'The form needs enctype="multipart/form-data"; otherwise OSS answers RequestIsNotMultiPartContent.',
  'html-select': (p: { name: string }) =>
    `"${p.name}" is a <select>; its chosen value was not read. Add it as a field by hand.`,
  'html-named-button': (p: { type: string; name: string }) =>
    `The ${p.type} button is named "${p.name}": a browser sends it when clicked, after the file, where OSS ignores it. Remove its name.`,
  'html-no-form': () =>
    'No <form> element was found: paste the HTML of the form, from <form> to </form>.',
  'server-not-json': () => 'The answer is not JSON. Paste the body the signing server returned.',
  'server-not-object': () =>
    'The answer must be a JSON object with the form fields (policy, signature …).',
  'server-not-text': (p: { name: string }) =>
    `"${p.name}" is not text and is not a form field; it was ignored.`,
  'server-not-field': (p: { name: string }) =>
    `"${p.name}" is not a PostObject form field (e.g. "expire" only tells the client when to sign again); it was not imported.`,
  'server-no-policy': () =>
    'The answer has no "policy" member: a signed PostObject form needs one.',
  'share-format': () =>
    'This link does not carry builder state (expected "#1.<data>"). Copy the whole link again.',
  'share-version': (p: { made: string; reads: number }) =>
    `This link was made by format ${p.made}; this page reads format ${p.reads}. Open it with the matching version of the builder.`,
  'share-not-base64url': () =>
    'The link data is damaged (not Base64url). Copy the whole link again.',
  'share-not-json': () =>
    'The link data is damaged (not UTF-8 JSON); it may have been cut short. Copy the whole link again.',
  'share-shape': () => 'The link data is not a builder state object.',
  'share-too-deep': (p: { depth: number }) =>
    `The link data nests deeper than ${p.depth} levels, which no builder state does; the link was not read. Copy a link made by the builder.`,
  'share-too-long': (p: { length: number; max: number }) =>
    `The link data is ${p.length} characters long, more than the ${p.max} a builder state needs; the link was not read. Copy a link made by the builder.`,
  // `after`: the field names after the file, comma-separated; `key`: 1 when `key` is among them.
  'lint-file-not-last': (p: { after: string; key: number }) =>
    `The file part comes before ${p.after}: OSS reads no field after the file, so ${p.key ? 'it answers InvalidArgument "The bucket POST must contain the specified \'key\'"' : 'those fields are lost'}. Send the file last.`,
  'lint-several-files': (p: { count: number }) =>
    `The form sends ${p.count} file parts; OSS answers IncorrectNumberOfFilesInPOSTRequest "POST requires exactly one file upload per request." Keep one.`,
});
