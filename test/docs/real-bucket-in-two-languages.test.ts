// docs/real-bucket.md and its Chinese say the same facts, quoted from the code: the CORS rule the
// page generates, the dates of the 2025 rules, the ECs, and the sandbox flags that play an account.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ENDPOINT_CLOSED_TO_ACCOUNTS_FROM,
  OSS_REFUSALS,
  V1_CLOSED_TO_ACCOUNTS_FROM,
  V1_CLOSED_TO_BUCKETS_FROM,
  renderCorsRuleXmlForOrigin,
} from '../../src/oss/index.ts';
import { FLAG_NAMES } from '../../src/sandbox/config.ts';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe.each(['docs/real-bucket.md', 'docs/real-bucket.zh-CN.md'])('%s', (file) => {
  const text = read(file);

  it('shows the CORS rule the page generates', () => {
    expect(text).toContain(renderCorsRuleXmlForOrigin('https://tools.example.com').trim());
  });

  it.each([
    DEFAULT_ENDPOINT_CLOSED_TO_ACCOUNTS_FROM,
    V1_CLOSED_TO_ACCOUNTS_FROM,
    V1_CLOSED_TO_BUCKETS_FROM,
    OSS_REFUSALS.publicEndpointForbidden.code,
    OSS_REFUSALS.publicEndpointForbidden.ec,
    OSS_REFUSALS.v1Closed.ec,
  ])('states %s as the code does', (fact) => {
    expect(text).toContain(fact);
  });

  it('names the sandbox flags that play an account, as the sandbox reads them', () => {
    for (const flag of ['account-created', 'cname']) {
      expect(FLAG_NAMES).toContain(flag);
      expect(text).toContain(`--${flag}`);
    }
  });

  it('links the other language', () => {
    expect(text).toMatch(
      file.endsWith('zh-CN.md') ? /\(real-bucket\.md\)/ : /\(real-bucket\.zh-CN\.md\)/,
    );
  });
});
