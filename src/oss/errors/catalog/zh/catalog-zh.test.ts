import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG } from '../index.ts';
import { OSS_ERROR_BODIES } from '../../../fixtures/oss-error-bodies.ts';
import { explainOssError } from '../../explain-oss-error.ts';
import { parseOssError } from '../../parse-oss-error.ts';
import { CATALOG_ZH, CATALOG_ZH_PARTS, findEnglishLeftovers } from './index.ts';

const ENTRY_KEYS = new Set(ERROR_CATALOG.map((entry) => entry.id));
const catalogKey = (entry: { id: string }) => entry.id;

describe('entry ids', () => {
  it('name every catalog entry once, in kebab-case', () => {
    const ids = ERROR_CATALOG.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });
});

describe('the Chinese column of the error catalog', () => {
  it('has a Chinese cause and solution for every catalog entry', () => {
    const missing = ERROR_CATALOG.filter((entry) => CATALOG_ZH[catalogKey(entry)] === undefined);
    expect(missing.map(catalogKey)).toEqual([]);
  });

  it('has no key that no catalog entry has (stale after an entry changed)', () => {
    expect(Object.keys(CATALOG_ZH).filter((key) => !ENTRY_KEYS.has(key))).toEqual([]);
  });

  it('states each key in one zh/ file only, so no text silently replaces another', () => {
    const seen = new Map<string, number>();
    for (const part of CATALOG_ZH_PARTS) {
      for (const key of Object.keys(part)) seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect([...seen].filter(([, count]) => count > 1)).toEqual([]);
  });

  it('has no empty cause or solution', () => {
    const empty = Object.entries(CATALOG_ZH).filter(
      ([, text]) => text.cause.trim() === '' || text.solution.trim() === '',
    );
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('leaves no cause or solution in English', () => {
    const leftovers = Object.entries(CATALOG_ZH).flatMap(([key, text]) =>
      [text.cause, text.solution]
        .flatMap((part) => findEnglishLeftovers(part))
        .map((run) => `${key}: ${run}`),
    );
    expect(leftovers).toEqual([]);
  });

  it('keeps every EC code, field name and x-oss- header of the English text verbatim', () => {
    const lost = ERROR_CATALOG.flatMap((entry) => {
      const zh = CATALOG_ZH[catalogKey(entry)];
      if (!zh) return [];
      const english = `${entry.cause} ${entry.solution}`;
      const chinese = `${zh.cause} ${zh.solution}`;
      const names = english.match(/\bx-oss-[a-z0-9-]+[a-z0-9*]|\b\d{4}-\d{8}\b/g) ?? [];
      return names
        .filter((name) => !chinese.includes(name))
        .map((name) => `${catalogKey(entry)}: ${name}`);
    });
    expect(lost).toEqual([]);
  });
});

describe('findEnglishLeftovers', () => {
  it.each([
    ['将 key 放在 file 之前,并让 file 作为最后一个表单域。', []],
    ['发送 "Authorization: OSS <AccessKeyId>:<Signature>",其中 Signature 为签名。', []],
    ['使用 default、private、public-read 或 public-read-write。', []],
    ['RAM 权限策略、STS 策略或 Bucket Policy 不允许该身份写入此 Object。', []],
    ['Send key before file.', ['Send key before file.']],
    ['请检查 the value of the field 是否正确。', ['the value of the field']],
    [
      '重试。Check the callback server is publicly reachable.',
      ['Check the callback server is publicly reachable'],
    ],
    ['three plain words 可以', []],
  ])('%s → %o', (text, runs) => {
    expect(findEnglishLeftovers(text)).toEqual(runs);
  });
});

describe('an explained OSS answer finds its Chinese text', () => {
  it.each(OSS_ERROR_BODIES.map((fixture) => [fixture.name, fixture] as const))(
    '%s',
    (_, fixture) => {
      const error = parseOssError(fixture.body);
      const explanation = error && explainOssError(error);
      expect(explanation).not.toBeNull();
      expect(CATALOG_ZH[explanation!.entryKey]).toBeDefined();
    },
  );
});
