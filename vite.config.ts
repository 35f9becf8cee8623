/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';

/**
 * The embed page's entry (src/embed/boot.ts) waits for the first paint before running its app;
 * this starts fetching the app's chunk and its imports at once, from the HTML, at low priority so
 * that they do not hold up that first paint. (Preloading the views' chunks as well was measured to
 * slow every page down: bench/RESULTS.md.) The explorer's pages load no app before the reader
 * interacts with them (src/boot.ts), so they preload nothing.
 */
const DEFERRED_APPS: Record<string, string> = {
  'embed.html': '/src/embed/app.tsx',
};

function preloadMain(): Plugin {
  return {
    name: 'preload-main',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const app = Object.entries(DEFERRED_APPS).find(([page]) => context.filename.endsWith(page))?.[1];
        if (!app) return html;
        const chunks = Object.values(context.bundle ?? {});
        const main = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(app));
        if (!main || main.type !== 'chunk') return html;
        const files = [main.fileName, ...main.imports];
        return {
          html,
          tags: files.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', href: `./${file}`, crossorigin: true, fetchpriority: 'low' },
            injectTo: 'head' as const,
          })),
        };
      },
    },
  };
}

/**
 * The built pages allow nothing from another origin and no inline script but the one in
 * index.html's head, by its hash: scripts, styles, data and fonts come from this site only;
 * images may also be data: or blob: URLs (chart export).
 * Style attributes are allowed (not <style> elements): the baked pages' markup carries the
 * widths and positions React sets (a split bar's share, a virtual row's place).
 * Set as a <meta> so it travels with the files to any static host. Not in dev: Vite's hot
 * reload needs inline scripts. (frame-ancestors cannot be set from a <meta>, and embeds must
 * be framable by any news site anyway.)
 */
function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  const hashes = inlineScripts.map(
    (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes].join(' '),
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

/** The text of each inline script of a page (a <script> with no src). */
const inlineScriptsOf = (html: string): string[] =>
  [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);

function cspMeta(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(inlineScriptsOf(html)),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * The dev server answers every path with index.html; its <base> must name the root from there
 * (`/d/<id>/201/` → `../../../`), as the build writes it into each baked page (scripts/bake).
 */
function devBase(): Plugin {
  return {
    name: 'dev-base',
    apply: 'serve',
    transformIndexHtml(html, context) {
      const path = (context.originalUrl ?? '/').split('?')[0].replace(/index\.html$/, '');
      const depth = path.split('/').filter(Boolean).length;
      return html.replace('<base href="./" />', `<base href="${depth ? '../'.repeat(depth) : './'}" />`);
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the build runs from any static host and any sub-path.
  base: './',
  plugins: [react(), preloadMain(), cspMeta(), devBase()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The explorer, and the page that embeds one chart in an article (its own small bundle).
    rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  // Embeds run in sandboxed iframes (an opaque origin): their scripts and data are fetched
  // cross-origin, so the files must be served with this header (GitHub Pages does by default).
  server: { headers: { 'Access-Control-Allow-Origin': '*' } },
  preview: { port: 4173, strictPort: true, headers: { 'Access-Control-Allow-Origin': '*' } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // The converter runs over the five seeds in several tests; give slow CI machines room.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-reports/unit.json' },
  },
});
