import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// `npm run check:medium`: the checks that need the medium county (see test/medium/), on the
// database `npm run bench -- ingest --profile medium` leaves; they start it themselves.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    include: ['test/medium/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 600_000,
    reporters: ['default'],
    // Quiet unless a person asks for the services' logs (TRACKER_LOG_LEVEL=error, for one).
    env: { TRACKER_LOG_LEVEL: process.env.TRACKER_LOG_LEVEL ?? 'silent' },
  },
});
