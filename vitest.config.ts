import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Two cores: more forks than that only adds contention to suites that each start real servers.
    maxWorkers: 2,
    // One graphql instance for everyone: left to Node, Pothos and GraphQL Armor load graphql's CommonJS build
    // while Yoga loads its ES module build, and graphql refuses types "from another module or realm".
    server: { deps: { inline: [/@pothos\//, /graphql/] } },
  },
});
