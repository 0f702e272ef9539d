// A strict Content Security Policy for the production build: a <meta> tag injected into the built
// index.html, and the same policy (plus what only a header can carry) on `vite preview` answers.
// Dev (`vite dev`) is left alone: its HMR client and React refresh preamble are inline scripts.
import type { Plugin } from 'vite';

/** Where the page may post: the local sandbox, OSS, and any https: STS or signing endpoint. */
const UPLOAD_TARGETS = [
  'http://127.0.0.1:*',
  'http://localhost:*',
  'http://*.localhost:*',
  'https://*.aliyuncs.com',
  'https:',
];

/** The policy, directive by directive. No inline script, no eval, no inline <style>. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", ...UPLOAD_TARGETS],
  // The plain-form fallback posts a real HTML form to the same targets.
  'form-action': ["'self'", ...UPLOAD_TARGETS],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
};

/** Directives a <meta> policy cannot carry (browsers ignore them there), so header only. */
const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

/** `name a b; name c` from a directive map. */
export function renderCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy in the built index.html's <meta http-equiv> tag. */
export const CSP_META_POLICY = renderCsp(CSP_DIRECTIVES);

/** The policy `vite preview` sends as a Content-Security-Policy header. */
export const CSP_HEADER_POLICY = renderCsp({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });

/** Finds what the policy would block in built HTML: inline scripts and inline event handlers. */
export function findInlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (!/\bsrc\s*=/.test(attributes) && (match[2] ?? '').trim() !== '') {
      found.push(match[0].slice(0, 120));
    }
  }
  for (const match of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi)) {
    found.push(match[0].slice(0, 120));
  }
  return found;
}

/** The Vite plugin: meta tag at build time (refusing inline scripts), header on preview. */
export function cspPlugin(): Plugin {
  return {
    name: 'oss-builder-csp',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (context.server) return html;
        const inline = findInlineScripts(html);
        if (inline.length > 0) {
          throw new Error(
            `The built index.html has inline script that the Content-Security-Policy blocks: ${inline.join(' | ')}. Move it into a module file.`,
          );
        }
        return {
          html,
          tags: [
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META_POLICY },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', CSP_HEADER_POLICY);
        next();
      });
    },
  };
}
