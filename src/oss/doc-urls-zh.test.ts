import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG } from './errors/catalog/index.ts';
import { ecDocUrl } from './limits.ts';
import { chineseDocUrl, hasChineseDocUrl } from './doc-urls-zh.ts';

const CORE = fileURLToPath(new URL('.', import.meta.url));
const ENGLISH_DOC =
  /https:\/\/(?:www\.alibabacloud\.com\/help\/en|help\.aliyun\.com\/en|api\.aliyun\.com)\/[^\s'"`<>)\\,;]*/g;

/** Every OSS doc URL written in the core's sources (template URLs such as `${ec}` are left out). */
function coreDocUrls(): string[] {
  const files = readdirSync(CORE, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('doc-urls-zh.test.ts'),
  );
  const urls = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(join(CORE, file), 'utf8').matchAll(ENGLISH_DOC)) {
      const url = match[0].replace(/[.:]+$/, '');
      if (!url.includes('${')) urls.add(url);
    }
  }
  return [...urls].sort();
}

describe('chineseDocUrl', () => {
  it.each([
    [
      'https://www.alibabacloud.com/help/en/oss/developer-reference/postobject',
      'https://help.aliyun.com/zh/oss/developer-reference/postobject',
    ],
    [
      'https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend',
      'https://help.aliyun.com/zh/oss/developer-reference/signature-version-4-recommend',
    ],
    [
      'https://help.aliyun.com/en/oss/user-guide/0002-00000701',
      'https://help.aliyun.com/zh/oss/user-guide/0002-00000701',
    ],
    [
      'https://www.alibabacloud.com/help/en/oss/user-guide/0006-00000112',
      'https://help.aliyun.com/zh/oss/user-guide/0006-00000112',
    ],
    [
      'https://www.alibabacloud.com/help/en/doc-detail/185228.html',
      'https://help.aliyun.com/document_detail/185228.html',
    ],
    [
      'https://api.aliyun.com/troubleshoot?q=0002-00000705',
      'https://api.aliyun.com/troubleshoot?q=0002-00000705',
    ],
    ['https://example.com/', 'https://example.com/'],
  ])('%s → %s', (url, chinese) => {
    expect(chineseDocUrl(url)).toBe(chinese);
  });

  it('finds the core doc links it checks (a guard on the scan)', () => {
    expect(coreDocUrls()).toContain(
      'https://www.alibabacloud.com/help/en/oss/developer-reference/postobject',
    );
    expect(coreDocUrls().length).toBeGreaterThanOrEqual(10);
  });

  it('knows every OSS doc URL written in src/oss', () => {
    expect(coreDocUrls().filter((url) => !hasChineseDocUrl(url))).toEqual([]);
  });

  it('knows every doc URL the error catalog and ecDocUrl produce', () => {
    const urls = [...ERROR_CATALOG.map((entry) => entry.docUrl), ecDocUrl('0002-00000701')];
    expect(urls.filter((url) => !hasChineseDocUrl(url))).toEqual([]);
  });

  it('sends every English help page to a Chinese help.aliyun.com page', () => {
    const english = coreDocUrls().filter((url) => !url.startsWith('https://api.aliyun.com/'));
    const notChinese = english
      .map(chineseDocUrl)
      .filter((url) => !/^https:\/\/help\.aliyun\.com\/(zh\/|document_detail\/)/.test(url));
    expect(notChinese).toEqual([]);
  });
});
