// A number that is an OSS rule (a size limit, the V4 clock skew and validity, the object key's and
// bucket name's lengths, the callback's limits) has one home, src/oss/limits.ts; a sentence takes it
// from there (`${sizeInWords(FIELD_VALUE_MAX_BYTES)}`, `${p.days}`), never typed again, so a changed
// limit cannot leave a sentence behind. This reads every sentence table it finds (every
// texts-en.ts and texts-zh.ts of the page and the core, the error catalogue in both languages) and
// fails on a rule number written into a sentence. OSS's own Messages are verbatim and exempt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as LIMITS from '../../src/oss/index.ts';
import { ERROR_CATALOG, OSS_REFUSALS } from '../../src/oss/index.ts';
import { PRESETS } from '../../src/app/form/presets.ts';
import { listFiles, stringsInJson, stringsInTypeScript, type Prose } from './chinese-prose.ts';

const ROOT = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, ROOT), 'utf8');

const SENTENCE_TABLE =
  /(\/([a-z-]+-)?texts-[a-z-]+\.ts|\/field-why[a-z-]*\.ts|\/errors\/catalog\/.+\.ts|\/([a-z-]+-)?messages\.ts)$/;
const tables = listFiles(ROOT.href, 'src/').filter(
  (file) => SENTENCE_TABLE.test(file) && !file.includes('.test.'),
);
const catalogues = listFiles(ROOT.href, 'src/').filter((file) =>
  /\/zh-CN\/[^/]+\.json$/.test(file),
);

// The core's rule numbers (src/oss/limits.ts, exported by index.ts): sizes, times and lengths.
const numeric = Object.entries(LIMITS).filter(
  (entry): entry is [string, number] =>
    typeof entry[1] === 'number' && /(_BYTES|_MS|_LENGTH|_MAX_URLS)$/.test(entry[0]),
);

/** How each rule number can be typed into a sentence, as a pattern with number boundaries. */
function typedForms(name: string, value: number): RegExp[] {
  const exact = (text: string) =>
    new RegExp(`(?<![\\d.,])${text.replace(/[.,]/g, '\\$&')}(?![\\d.,])`);
  if (name.endsWith('_BYTES')) {
    // Round sizes as words (8 KB); the odd ones (1023) as digits, with or without a comma.
    const words = LIMITS.sizeInWords(value);
    if (!words.endsWith(' B')) return [new RegExp(`(?<![\\d.,])${words.replace(' ', ' ?')}`)];
    return value >= 100 ? [exact(String(value)), exact(value.toLocaleString('en-US'))] : [];
  }
  if (name.endsWith('_MS')) {
    const minutes = LIMITS.minutesOf(value);
    const days = LIMITS.daysOf(value);
    const forms = [`${minutes} ?(min|minutes|分钟)`];
    if (Number.isInteger(days)) forms.push(`${days} ?(days|天)`);
    return forms.map((form) => new RegExp(`(?<![\\d.,])${form}`));
  }
  if (name.endsWith('_LENGTH') && value >= 10) return [exact(String(value))];
  if (name === 'CALLBACK_MAX_URLS') return [new RegExp(`(?<![\\d.,])${value} ?(URLs|个 URL)`)];
  return [];
}

/** The presets' size limits (their content-length-range maximum), which their labels name too. */
const PRESET_SIZES = PRESETS.flatMap((preset) =>
  preset
    .apply()
    .conditions.filter((row) => row.kind === 'content-length-range')
    .map((row) => ({
      name: `preset ${preset.id}`,
      pattern: new RegExp(`(?<![\\d.,])${row.max} ?${row.maxUnit}`),
      // Only the preset's own words: a preset's size is its rule, not a rule of OSS.
      keys: [preset.label, preset.description] as string[],
    })),
);

/** A rule number's typed forms; `keys`: only in these sentences (a preset's own label). */
interface Rule {
  name: string;
  pattern: RegExp;
  keys?: string[];
}

const RULES: Rule[] = [
  ...numeric.flatMap(([name, value]) =>
    typedForms(name, value).map((pattern) => ({ name, pattern })),
  ),
  ...PRESET_SIZES,
];

/** OSS's own words, which carry their numbers verbatim (e.g. "less than 1024"). */
const OSS_MESSAGES = new Set<string>([
  ...ERROR_CATALOG.map((entry) => entry.message),
  ...Object.values(OSS_REFUSALS).map((refusal) => refusal.message),
]);
const isOssMessage = (text: string) =>
  [...OSS_MESSAGES].some((message) => message === text || message.includes(text));

/** The rule numbers typed into one sentence (not OSS's verbatim Message). */
export function typedRuleNumbers(sentence: Prose): string[] {
  if (isOssMessage(sentence.text)) return [];
  const key = sentence.key?.split('.').at(-1) ?? '';
  const applies = (rule: Rule) => !rule.keys || rule.keys.includes(key);
  return RULES.filter((rule) => applies(rule) && rule.pattern.test(sentence.text)).map(
    (rule) => `${sentence.where} ${sentence.key ?? ''}: ${rule.name} typed in “${sentence.text}”`,
  );
}

describe('rule numbers come from src/oss/limits.ts, never typed into a sentence', () => {
  it('finds the sentence tables and the rules', () => {
    expect(tables.filter((file) => /texts-(en|zh)\.ts$/.test(file)).length).toBeGreaterThan(50);
    expect(tables.filter((file) => file.includes('/errors/catalog/zh/')).length).toBeGreaterThan(8);
    expect(RULES.map((rule) => rule.name)).toEqual(
      expect.arrayContaining([
        'FIELD_VALUE_MAX_BYTES',
        'V4_MAX_SKEW_MS',
        'V4_MAX_VALIDITY_MS',
        'OBJECT_KEY_MAX_BYTES',
        'preset documents',
      ]),
    );
  });

  it.each([
    ['OSS allows 2 MB per value.', true],
    ['OSS 允许 15 分钟的时钟偏差。', true],
    ['最长 7 天', true],
    ['The key has 1,023 bytes at most.', true],
    ['OSS allows X per value.', false],
    ['content-length-range 1–10485760', false],
    ['4,096 px for rotation', false],
    ['The Length of Object name must be less than 1024', false],
  ])('“%s” typed: %s', (text, typed) => {
    expect(typedRuleNumbers({ where: 'x.ts', text }).length > 0).toBe(typed);
  });

  it('knows a preset’s size in its own label only', () => {
    const label = 'PDF or Word into docs/, up to 20 MB.';
    expect(
      typedRuleNumbers({ where: 'x.ts', text: label, key: 'documentsDescription' }),
    ).toHaveLength(1);
    expect(typedRuleNumbers({ where: 'x.ts', text: 'images (20 MB)', key: 'other' })).toEqual([]);
  });

  it.each([...tables, ...catalogues])('%s', (file) => {
    const sentences = file.endsWith('.json')
      ? stringsInJson(file, read(file))
      : stringsInTypeScript(file, read(file));
    expect(sentences.flatMap(typedRuleNumbers)).toEqual([]);
  });
});
