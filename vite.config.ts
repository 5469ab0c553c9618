import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // Relative asset URLs: dist/ works from any folder of any static host.
  base: './',
  plugins: [react()],
  build: {
    // No data: URIs (a strict CSP forbids them) and no inline scripts.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
