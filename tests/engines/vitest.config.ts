import { defineConfig } from 'vitest/config';

/**
 * The cross-engine smoke suite (`npm run engines`): the built site in Firefox and WebKit, one
 * browser at a time (the machine may be busy; two engines at once would only slow both).
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/engines/**/*.test.ts'],
    fileParallelism: false,
    // A browser's start is the slow part: up to half a minute on a loaded two-core machine.
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
