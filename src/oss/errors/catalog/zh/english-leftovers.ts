// Finds English prose left in a Chinese text: OSS Codes, field and header names, product names and
// quoted OSS messages may stay in English (servers and forms use them verbatim), sentences may not.
// https://help.aliyun.com/document_detail/185228.html

const CJK = /[\u3400-\u9fff]/;
// Everything that is not Latin prose ends a run of English words: CJK text and full-width punctuation.
const NON_LATIN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g;
// Quoted text is verbatim (an OSS message, a header line, a JSON sample), so it is skipped.
const QUOTED = /"[^"]*"|`[^`]*`|“[^”]*”|「[^」]*」/g;
const ASCII_EDGE_PUNCTUATION = /^[.,;:!?()[\]{}]+|[.,;:!?()[\]{}]+$/g;

/**
 * How many plain English words in a row make a sentence left untranslated.
 *
 * @example MAX_ENGLISH_RUN // 3
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export const MAX_ENGLISH_RUN = 3;

/**
 * Plain words that are names, not prose: products, console and API terms Alibaba Cloud's Chinese
 * documentation keeps in English, and field or header values spelled as plain words.
 *
 * @example ALLOWED_ENGLISH_WORDS.has('Bucket') // true
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export const ALLOWED_ENGLISH_WORDS: ReadonlySet<string> = new Set([
  // products and documentation terms
  'Alibaba',
  'Cloud',
  'Bucket',
  'Object',
  'Policy',
  'Region',
  'Endpoint',
  'Secret',
  'Unix',
  'Methods',
  'Headers',
  // form fields, header names and values that are plain words
  'key',
  'file',
  'policy',
  'callback',
  'bucket',
  'expiration',
  'conditions',
  'filename',
  'eq',
  'in',
  'true',
  'false',
  'default',
  'private',
  'Standard',
  'Archive',
  'Enabled',
  'Suspended',
  'Status',
  'Date',
  'Expires',
  'Signature',
  'Host',
  'Origin',
  'Range',
  'Key',
  'token',
  'curl',
  'localhost',
  'playlist',
]);

/**
 * The runs of more than MAX_ENGLISH_RUN plain English words in a Chinese text, plus the whole text
 * when it holds no Chinese character at all. Identifiers (AccessKey, x-oss-date, STS, HMAC-SHA256,
 * ${filename}) and quoted spans never count as words. An empty list means the text reads as Chinese.
 *
 * @example
 * findEnglishLeftovers('将 key 放在 file 之前。') // []
 * findEnglishLeftovers('Send key before file.') // ['Send key before file.']
 * findEnglishLeftovers('请检查 the value of the field 是否正确。') // ['the value of the field']
 * @see https://help.aliyun.com/document_detail/185228.html
 */
export function findEnglishLeftovers(text: string): string[] {
  if (!CJK.test(text)) return [text];
  const runs: string[] = [];
  const segments = text.replace(QUOTED, ' ').split(NON_LATIN);
  for (const segment of segments) {
    // Allowed names neither count nor end a run: "Check the callback server" is still prose.
    let run: string[] = [];
    let prose = 0;
    const flush = () => {
      if (prose > MAX_ENGLISH_RUN) runs.push(run.join(' '));
      run = [];
      prose = 0;
    };
    for (const token of segment.split(/\s+/)) {
      const word = token.replace(ASCII_EDGE_PUNCTUATION, '');
      const name = ALLOWED_ENGLISH_WORDS.has(word);
      if (isLatinWord(word) && (!name || run.length > 0)) {
        run.push(word);
        if (!name) prose += 1;
        if (/[.,;:!?]$/.test(token)) flush();
      } else flush();
    }
    flush();
  }
  return runs;
}

/** A lower-case or capitalised Latin word (identifiers such as AccessKey or x-oss-date are not). */
function isLatinWord(word: string): boolean {
  return /^[A-Za-z][a-z]+$/.test(word);
}
