import { defineConfig } from 'vitest/config';

// Test files run one at a time against the one user database of Community Neo4j; each
// file that touches the graph empties it first (see test/support/database.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
