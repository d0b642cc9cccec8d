import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // The end-to-end tests spawn the built bin/; two workers suit the 2-core machines.
    maxWorkers: 2,
  },
});
