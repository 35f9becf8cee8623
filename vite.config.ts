/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The entry (src/boot.ts) waits for the first paint before running the app; this starts
 * fetching the app's main chunk and its imports at once, from the HTML, at low priority so that
 * they do not hold up that first paint. (Preloading the views' chunks as well was measured to
 * slow every page down: bench/RESULTS.md.)
 */
function preloadMain(): Plugin {
  return {
    name: 'preload-main',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {});
        const main = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/main.tsx'));
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

export default defineConfig({
  // Relative asset URLs: the build runs from any static host and any sub-path.
  base: './',
  plugins: [react(), preloadMain()],
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // The converter runs over the five seeds in several tests; give slow CI machines room.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-reports/unit.json' },
  },
});
