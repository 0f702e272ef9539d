import { describe, expect, it } from 'vitest';
import { findEnglishLeftovers } from '../errors/catalog/zh/english-leftovers.ts';
import { auditTranslation } from '../formats/translation-audit.ts';
import type { Problem, Result } from '../result.ts';
import { localizeText } from '../texts.ts';
import { importCurl } from './import-curl.ts';
import { importHtmlForm } from './import-html-form.ts';
import { importPasted } from './import-pasted.ts';
import { importSigningServerAnswer } from './import-signing-server.ts';
import { lintImportedForm } from './lint-imported-form.ts';
import { decodeShareState } from './share-state.ts';
import { INTERCHANGE_TEXTS } from './texts-en.ts';
import { INTERCHANGE_TEXTS_ZH } from './texts-zh.ts';

const SAMPLES = {
  'shell-unbalanced-quote': { quote: "'", position: 17 },
  'curl-form-without-name': { text: 'novalue' },
  'curl-shell-variable': { field: 'x-oss-security-token', variable: 'TOKEN' },
  'curl-filename-variable': { field: 'key' },
  'curl-value-from-file': { field: 'policy', file: 'policy.txt' },
  'curl-not-multipart': { option: '--data-binary' },
  'html-select': { name: 'x-oss-object-acl' },
  'html-named-button': { type: 'submit', name: 'go' },
  'server-not-text': { name: 'dir' },
  'server-not-field': { name: 'expire' },
  'share-version': { made: '7', reads: 1 },
  'share-too-deep': { depth: 32 },
  'share-too-long': { length: 3000000, max: 2097152 },
  'lint-file-not-last': { after: 'key, policy', key: 1 },
  'lint-several-files': { count: 2 },
};

describe('INTERCHANGE_TEXTS_ZH', () => {
  it('has every English key, in Chinese, keeping every value', () => {
    expect(
      auditTranslation(INTERCHANGE_TEXTS, INTERCHANGE_TEXTS_ZH, SAMPLES, findEnglishLeftovers, [
        'key',
      ]),
    ).toEqual([]);
  });

  it.each<[string, () => Result<{ problems?: unknown }>]>([
    ['import', () => importPasted('  ')],
    ['curl quote', () => importCurl("curl -F 'key=a")],
    ['curl', () => importCurl('curl -F novalue -F key=$K -d x -F file=@a.txt http://h/b')],
    ['html', () => importHtmlForm('<form method="get"><select name="s"></select></form>')],
    ['signing server', () => importSigningServerAnswer('{"expire": 1, "dir": {}}')],
    ['share link', () => decodeShareState('#9.abc')],
  ])('the %s notes and errors carry an interchange text that reads in Chinese', (_, run) => {
    const r = run();
    const issues = r.ok ? (r.value.problems as Problem[]) : r.issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.text?.id).toMatch(/^interchange\./);
      const text = localizeText(issue, { interchange: INTERCHANGE_TEXTS_ZH });
      expect(findEnglishLeftovers(text)).toEqual([]);
    }
  });

  it('the imported-form lint speaks Chinese for its own findings', () => {
    const r = importCurl('curl -F file=@a.txt -F key=a.txt -F file=@b.txt http://h/b');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const checks = lintImportedForm(r.value).filter((c) => c.id.startsWith('import.'));
    expect(checks.map((c) => c.text?.id)).toEqual([
      'interchange.lint-file-not-last',
      'interchange.lint-several-files',
    ]);
    expect(localizeText(checks[0], { interchange: INTERCHANGE_TEXTS_ZH })).toContain(
      '文件部分位于 key 之前',
    );
  });
});
