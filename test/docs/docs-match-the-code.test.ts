// The deployment docs quote what the code produces; these checks fail when the two drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCorsRuleXmlForOrigin } from '../../src/oss/index.ts';
import { CSP_HEADER_POLICY } from '../../vite-plugins/csp.ts';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('docs quote the code', () => {
  it('docs/deploy.md gives the exact Content-Security-Policy header vite-plugins/csp.ts sends', () => {
    expect(read('docs/deploy.md')).toContain(`\n${CSP_HEADER_POLICY}\n`);
  });

  it('docs/real-bucket.md shows the CORS rule the page generates for an origin', () => {
    expect(read('docs/real-bucket.md')).toContain(
      renderCorsRuleXmlForOrigin('https://tools.example.com').trim(),
    );
  });

  it('the README links both documents', () => {
    const readme = read('README.md');
    expect(readme).toContain('(docs/deploy.md)');
    expect(readme).toContain('(docs/real-bucket.md)');
  });
});
