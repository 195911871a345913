import { defineConfig } from 'vitest/config';

/** Benchmarks of the server's building blocks: `npm run bench:server`. They print figures; they are not tests. */
export default defineConfig({
  test: {
    include: ['apps/*/src/**/*.bench.ts'],
    testTimeout: 300_000,
    fileParallelism: false,
  },
});
