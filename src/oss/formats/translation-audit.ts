// What makes a translated text table wrong, as data: a key missing, a text empty, without Chinese,
// with English prose left in, or dropping a value it was given. The tests beside each texts-zh.ts
// run it (they pass the English-leftover finder, which lives in a later folder).
// https://help.aliyun.com/zh/oss/developer-reference/postobject
import { sayEntry, type TextEntry, type TextParams, type TextTable } from '../texts.ts';

const CJK = /[\u3400-\u9fff]/;

/**
 * Every fault of a translation, one line each (an empty list when it is sound): each English key
 * called with its sample parameters must give a non-empty text with Chinese characters, no English
 * leftovers, and every sample value except those named in `reworded` (values the language words
 * its own way, like a bound called 'minimum').
 *
 * @example
 * auditTranslation({ a: (p: { n: number }) => `${p.n} bytes` }, { a: () => '字节' },
 *   { a: { n: 5 } }, () => [])
 * // ['a: drops n=5']
 * @see https://help.aliyun.com/zh/oss/developer-reference/postobject
 */
export function auditTranslation(
  english: TextTable,
  translation: Readonly<Record<string, unknown>>,
  samples: Readonly<Record<string, TextParams>>,
  findLeftovers: (text: string) => string[],
  reworded: readonly string[] = [],
): string[] {
  const faults: string[] = [];
  for (const key of Object.keys(english)) {
    const say = translation[key];
    if (typeof say !== typeof english[key]) {
      faults.push(`${key}: no translation`);
      continue;
    }
    const params = samples[key] ?? {};
    const text = sayEntry(say as TextEntry, params);
    if (text.trim() === '') faults.push(`${key}: empty`);
    else if (!CJK.test(text)) faults.push(`${key}: no Chinese in ${JSON.stringify(text)}`);
    for (const left of findLeftovers(text)) faults.push(`${key}: English left: ${left}`);
    for (const [name, value] of Object.entries(params)) {
      if (reworded.includes(name) || value === '') continue;
      if (!text.includes(String(value))) faults.push(`${key}: drops ${name}=${String(value)}`);
    }
  }
  for (const key of Object.keys(translation)) {
    if (!(key in english)) faults.push(`${key}: not an English key`);
  }
  return faults;
}
