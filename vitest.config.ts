import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Two cores: more forks than that only adds contention to suites that each start real servers.
    maxWorkers: 2,
  },
});
