import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_HEADER_POLICY, CSP_META_POLICY, findInlineScripts } from '../../vite-plugins/csp.ts';
import { buildAppInto, previewBuild } from './support/build-app.ts';

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

describe('findInlineScripts', () => {
  it.each([
    ['an inline script', '<script>alert(1)</script>', 1],
    ['an inline module script', '<script type="module">import "x"</script>', 1],
    ['an inline event handler', '<img src="a.png" onerror="alert(1)">', 1],
    ['a module script by URL', '<script type="module" crossorigin src="/assets/i.js"></script>', 0],
    ['a style sheet link', '<link rel="stylesheet" href="/assets/i.css">', 0],
  ])('%s', (_name, html, count) => {
    expect(findInlineScripts(html)).toHaveLength(count);
  });
});

describe('the production build ships a strict Content-Security-Policy', () => {
  let build: Awaited<ReturnType<typeof buildAppInto>>;
  let html = '';

  beforeAll(async () => {
    build = await buildAppInto();
    html = await readFile(path.join(build.outDir, 'index.html'), 'utf8');
  }, 60_000);
  afterAll(() => build?.remove());

  it('puts the policy in a meta tag before any script or style sheet', () => {
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(-1);
    expect(html.indexOf('<script')).toBeGreaterThan(meta);
    expect(html.indexOf('<link rel="stylesheet"')).toBeGreaterThan(meta);
    const content = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(content.replaceAll('&#39;', "'").replaceAll('&quot;', '"')).toBe(CSP_META_POLICY);
  });

  it('has no inline script or event handler in index.html', () => {
    expect(findInlineScripts(html)).toEqual([]);
  });

  it.each([['script-src'], ['style-src'], ['default-src']])(
    '%s allows neither inline code, eval nor any host',
    (directive) => {
      const sources = parsePolicy(CSP_META_POLICY).get(directive) ?? [];
      expect(sources).toEqual(["'self'"]);
    },
  );

  it.each([['connect-src'], ['form-action']])(
    '%s reaches the sandbox, OSS and https: signing endpoints, nothing else',
    (directive) => {
      expect(parsePolicy(CSP_META_POLICY).get(directive)).toEqual([
        "'self'",
        'http://127.0.0.1:*',
        'http://localhost:*',
        'http://*.localhost:*',
        'https://*.aliyuncs.com',
        'https:',
      ]);
    },
  );

  it('forbids plugins and base-URI changes', () => {
    const policy = parsePolicy(CSP_META_POLICY);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('vite preview sends the policy as a header, with frame-ancestors', async () => {
    const server = await previewBuild(build.outDir);
    try {
      const response = await fetch(server.url);
      expect(response.status).toBe(200);
      const header = response.headers.get('content-security-policy') ?? '';
      expect(header).toBe(CSP_HEADER_POLICY);
      expect(parsePolicy(header).get('frame-ancestors')).toEqual(["'none'"]);
      expect(await response.text()).toContain('http-equiv="Content-Security-Policy"');
    } finally {
      await server.close();
    }
  }, 30_000);
});
