import { describe, expect, it } from 'vitest';
import { findEnglishLeftovers } from '../errors/catalog/zh/english-leftovers.ts';
import { auditTranslation } from '../formats/translation-audit.ts';
import { localizeText } from '../texts.ts';
import { parseCorsConfiguration } from './cors-parse.ts';
import { CORS_TEXTS } from './texts-en.ts';
import { CORS_TEXTS_ZH } from './texts-zh.ts';

const SAMPLES = {
  root: { root: 'Rules' },
  'too-many-rules': { count: 11, max: 10 },
  'response-vary': { vary: 'yes' },
  'origin-missing': { path: 'CORSRule[0]' },
  'origin-wildcards': { origin: 'https://*.*.example.com' },
  'method-missing': { path: 'CORSRule[1]' },
  method: { method: 'post', methods: 'GET, PUT, DELETE, POST, HEAD' },
  'header-wildcards': { header: 'x-*-*' },
  'expose-wildcard': { header: 'x-oss-*' },
  'max-age-repeated': { path: 'CORSRule[2]', count: 2 },
  'max-age': { value: '1.5' },
};

describe('CORS_TEXTS_ZH', () => {
  it('has every English key, in Chinese, keeping every value', () => {
    expect(auditTranslation(CORS_TEXTS, CORS_TEXTS_ZH, SAMPLES, findEnglishLeftovers)).toEqual([]);
  });

  it('every problem of a broken configuration reads in Chinese', () => {
    const r = parseCorsConfiguration(
      '<CORSConfiguration><CORSRule><AllowedMethod>post</AllowedMethod>' +
        '<ExposeHeader>x-*</ExposeHeader><MaxAgeSeconds>x</MaxAgeSeconds></CORSRule>' +
        '<ResponseVary>yes</ResponseVary></CORSConfiguration>',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.length).toBeGreaterThanOrEqual(4);
    for (const issue of r.issues) {
      expect(issue.text?.id).toMatch(/^cors\./);
      expect(findEnglishLeftovers(localizeText(issue, { cors: CORS_TEXTS_ZH }))).toEqual([]);
    }
  });
});
