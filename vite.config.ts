/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the build runs from any static host and any sub-path.
  base: './',
  plugins: [react()],
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
