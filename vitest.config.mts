import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One temporary folder for the run, removed at its end (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // Generous: a busy 2-core machine may be several times slower than an idle one, and
    // no test measures speed (npm run bench does).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The end-to-end tests spawn the built bin/; two workers suit the 2-core machines.
    maxWorkers: 2,
    // Test files share their worker's modules instead of importing them afresh (zod,
    // compromise, the schema): the suite took 75 s, and 55 s so. No test relies on a
    // module's state being new.
    isolate: false,
  },
});
