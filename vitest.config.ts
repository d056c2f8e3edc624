import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/.evidence/**', 'build/**'],
    // The end-to-end suite builds the whole site once; everything else is quick.
    testTimeout: 60_000,
    hookTimeout: 900_000,
    fileParallelism: true,
    pool: 'forks',
  },
});
