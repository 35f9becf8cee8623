// Builds the floor page (bench/floor) into bench/tmp/floor-dist, relative paths like the site's.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../tmp/floor-dist', import.meta.url)), emptyOutDir: true },
});
