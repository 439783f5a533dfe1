import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

// Test files run one at a time against the one user database of Community Neo4j; each
// file that touches the graph empties it first (see test/support/database.ts).
export default defineConfig({
  // One graphql-js for tests and the Apollo packages alike, as under plain Node (its CommonJS build).
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    include: ['test/**/*.test.ts'],
    // The medium county's checks run by `npm run check:medium`, beside the benchmarks.
    exclude: [...configDefaults.exclude, 'test/medium/**'],
    globalSetup: ['test/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    // Quiet unless a person asks for the services' logs (TRACKER_LOG_LEVEL=error, for one).
    // The lineage subgraph's indexer runs between requests; off in tests, whose query counts and
    // emptied graphs it would cross, but for the test of the indexer itself.
    env: { TRACKER_LOG_LEVEL: process.env.TRACKER_LOG_LEVEL ?? 'silent', LINEAGE_INDEX_INTERVAL_MS: '0' },
  },
});
